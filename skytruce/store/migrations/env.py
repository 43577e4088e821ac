"""Alembic environment: runs migrations on the connection skytruce hands over."""

from alembic import context
from sqlalchemy import create_engine

from skytruce.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn) -> None:
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # plain `alembic` command line
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        run(conn)
