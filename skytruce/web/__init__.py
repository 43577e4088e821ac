"""The dashboard: server-rendered pages (Jinja2, autoescaped) and vendored static assets,
so it works with no network at all."""
