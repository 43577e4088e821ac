"""Speakers: who says what a sentence tells — a registered source or a titled person near
an attribution verb ("..., the air force said", "according to Governor X"), a relayed
source ("Reuters, citing the SBU"), or a reference resolved later by `coreference`
(a pronoun, "the regional governor said", a quotation).
"""

from __future__ import annotations

from skytruce.extract.document import Document, Hits, Sentence
from skytruce.extract.resources import ATTACK_ROLES, PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.tokens import Tokens
from skytruce.model import Claimant

SUBJECT_MEDIA_TYPES = {"media"}
NOT_SPEAKER_NOUNS = {"aircraft", "airfield", "airfields", "base", "bases", "positions", "equipment", "personnel", "units",
                     "unit", "facility", "facilities", "infrastructure", "targets", "target", "vehicles", "jets",
                     "bombers", "helicopters", "ships", "vessels", "depots", "warehouses", "logistics"}


def speakers(doc: Document) -> None:
    """Pipeline component: `claimant`, `speaker_is_pronoun`, `speaker_title`, `opens_quote`;
    a source that launched the attack goes to `parties` instead."""
    for s in doc.read():
        _speaker(doc.res, doc.tokens, s.first, s.last, s.hits, s)


def _speaker(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence) -> None:
    """Who says it: a registered source or a titled person near an attribution verb; a
    pronoun ('he said', 'according to him') or a bare title ('the governor said') is
    resolved later from the sentences around it."""
    quote_chars = facts.text.count('"') + facts.text.count("“") + facts.text.count("”")
    facts.opens_quote = quote_chars % 2 == 1
    label = toks[s_start].lower_ if s_start + 1 < s_end and toks[s_start + 1].text == ":" else None
    if label == "quote":  # "Quote: ..." lines repeat the speaker of the "Source: ..." line
        facts.speaker_is_pronoun = True
        return
    verbs = [s for s, _, _ in hits.spans("ATTRIBUTION_VERBS")]
    for s, e, _ in hits.spans("RELAY_PHRASES"):
        if e < s_end and toks[e].lower_ in ("him", "her", "them", "it"):  # "according to him"
            facts.speaker_is_pronoun = True
            return
    sources = []
    for s, e, _ in hits.spans(SOURCE):
        source = res.sources.lookup(toks.text_of(s, e))
        before = toks[s - 1].lower_ if s > s_start else ""
        if source and before in res.nationality and source.party and res.nationality[before] != source.party:
            continue  # "the Polish Air Force" is not Ukraine's
        if e < s_end and (toks[e].lower_ in NOT_SPEAKER_NOUNS or hits.covering("TARGET", e) or hits.covering(WEAPON, e)):
            continue  # "41 Russian military aircraft": an adjective, not a speaker
        if source:
            sources.append((s, source))
    titled = _titled_person(res, toks, s_start, s_end, hits)
    if titled and not any(abs(s - titled[0]) <= 3 for s, _ in sources):
        sources.append(titled)
    primary = [(s, src) for s, src in sources if src.type not in SUBJECT_MEDIA_TYPES]
    media = [(s, src) for s, src in sources if src.type in SUBJECT_MEDIA_TYPES]
    reporter = media[0][1].name if media else None
    relayed = [(s, src) for s, src in primary
               if any(hits.covering("RELAY_PHRASES", k) for k in range(max(s_start, s - 14), s))]
    if relayed:  # "Reuters reported, quoting officials from the SBU": the SBU speaks
        s, src = relayed[0]
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return
    if label == "source" and primary:  # "Source: Lieutenant General Mykola Oleshchuk, on Telegram"
        s, src = primary[0]
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return
    if verbs:
        # the speaker stands before its verb or right after it ("said the air force"); a source
        # further into the reported clause is what was said about, not who said it
        speakers = [(s, src) for s, src in primary if any(0 < v - s <= 14 or 0 <= s - v <= 3 for v in verbs)]
        def title_of(start: int):  # "the commander in chief of <institution>": a person of it speaks
            if start - 1 < s_start or toks[start - 1].lower_ not in ("of", "for"):
                return None
            return next((hits.covering("TITLE", m) for m in range(max(s_start, start - 5), start - 1)
                         if hits.covering("TITLE", m)), None)

        titles = [title_of(s) for s, _ in speakers]
        if speakers and all(titles):
            facts.speaker_title = titles[0][2].split(":")[1]  # named in a sentence nearby
            return
        speakers = [sp for sp, title in zip(speakers, titles) if not title]
        if speakers:
            s, src = min(speakers, key=lambda p: min(abs(p[0] - v) for v in verbs))
            facts.claimant = Claimant(src.name, src.party, src.type, reporter)
            return
        organisation = _organisation_speaker(res, toks, s_start, verbs, hits)
        if organisation:
            facts.claimant = organisation
            return
        near_verb = [k for v in verbs for k in range(max(s_start, v - 4), min(s_end, v + 4))]
        if any(hits.covering("PRONOUN_SPEAKERS", k) for k in near_verb):
            facts.speaker_is_pronoun = True
        title = next((hits.covering("TITLE", k) for k in near_verb if hits.covering("TITLE", k)), None)
        if title:
            facts.speaker_title = title[2].split(":")[1]
        return
    # no "said": a source counts only as the subject of what happened ("the air force shot
    # down"); one that launched the attack ("the Russian military launched") is the attacker
    for s, src in primary:
        role = next((hits.covering("ROLE", k) for k in range(s + 1, min(s_end, s + 9)) if hits.covering("ROLE", k)), None)
        if role is None or src.type not in ("military", "government", "local_authority", "intelligence", "emergency_service"):
            continue
        if role[2] in ATTACK_ROLES:
            between = range(s + 1, role[0])
            if src.party and role[0] - s <= 4 and not any(toks[k].lower_ in res.nationality for k in between):
                facts.parties.append(src.party)  # "the Russian military launched 267 drones"
                continue
        facts.claimant = Claimant(src.name, src.party, src.type, reporter)
        return


ORGANISATION_WORDS = {"armed forces": "military", "military": "military", "army": "military", "air force": "military",
                      "navy": "military", "border guard": "military", "border service": "military",
                      "defence ministry": "military", "defense ministry": "military", "operational command": "military",
                      "foreign ministry": "government", "government": "government", "authorities": "government",
                      "police": "emergency_service", "emergency service": "emergency_service"}


def _organisation_speaker(res: Resources, toks: Tokens, s_start: int, verbs: list[int], hits: Hits) -> Claimant | None:
    """'Lithuania's armed forces said', 'the Moldovan border police said': a country's body
    the registry does not list, named as the text names it."""
    for v in verbs:
        for length in (2, 1):
            words_at = v - length
            if words_at - 1 < s_start:
                continue
            phrase = " ".join(toks[k].lower_ for k in range(words_at, v))
            if phrase not in ORGANISATION_WORDS:
                continue
            k = words_at - 1
            if toks[k].lower_ in ("'s", "’s") and k - 1 >= s_start:
                k -= 1
            if k - 1 >= s_start and toks[k - 1].lower_ == "of":
                continue  # "the commander in chief of Ukraine's Armed Forces": a person, named elsewhere
            country = res.places.lookup(toks[k].text)
            party = res.nationality.get(toks[k].lower_) or (country.country if country and country.precision == "country" else None)
            if party is None and not toks[k].text.endswith(("ian", "ish", "ese", "an")):
                continue
            name = toks.text_of(k, v)
            known = res.sources.lookup(name)
            if known:
                return Claimant(known.name, known.party, known.type)
            return Claimant(name, party or (country.country if country else None), ORGANISATION_WORDS[phrase])
    return None


def _titled_person(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits):
    """'Governor Andrei Bocharov', 'regional governor Vasily X' for people not in the registry."""
    from skytruce.reference.sources import Source
    for s, e, label in hits.spans("TITLE"):
        k = e
        while k < s_end and toks[k].lower_ in ("of", "the") or (k < s_end and hits.covering(PLACE, k)):
            k += 1
        name = []
        while k < s_end and toks[k].is_alpha and toks[k].text[:1].isupper() and len(name) < 3 \
                and not hits.covering(SOURCE, k):
            name.append(toks[k].text)
            k += 1
        if len(name) >= 2:
            kind = label.split(":")[1]
            countries = {p.country for p in _sentence_place_countries(res, toks, s_start, s_end, hits)}
            party = countries.pop() if len(countries) == 1 else None
            return s, Source(" ".join(name), party, kind)
    return None


def _sentence_place_countries(res, toks, s_start, s_end, hits):
    for s, e, _ in hits.spans(PLACE):
        entry = res.places.lookup(toks.text_of(s, e))
        if entry and entry.country and entry.precision != "country":
            yield entry
