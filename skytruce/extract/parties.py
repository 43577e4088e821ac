"""Parties: whose attack a sentence tells of ("Russian drones", "Kyiv launched", "fired
by Ukraine", "the drone was Ukrainian"), and strikes told with no weapon named
("Ukrainian forces hit a refinery in Belgorod").
"""

from __future__ import annotations

from functools import lru_cache

from skytruce.extract.attacks import WARRING
from skytruce.extract.document import Document, Hits, Mention, Sentence
from skytruce.extract.resources import ATTACK_ROLES, PLACE, SOURCE, WEAPON, Resources
from skytruce.extract.speakers import CLAUSE_OPENERS, PASSIVE_BE, statement_noun, unit_nouns
from skytruce.extract.tokens import Tokens


def parties(doc: Document) -> None:
    """Pipeline component: `parties`, `self_report` and `strike_by` of every sentence."""
    for s in doc.read():
        _parties(doc.res, doc.tokens, s.first, s.last, s.hits, s)
        _strike_without_weapon(doc.res, doc.tokens, s.first, s.last, s.hits, s)


SUBJECT_FILLERS = {"armed", "forces", "military", "army", "troops", "air", "defence", "defense", "had", "have", "has",
                   "reportedly", "also", "again", "then", "later", "drone", "missile", "naval"}
CAUSAL = {"due", "owing", "thanks", "according", "related"}
SELF_SUBJECTS = {"it", "we", "our", "its", "his", "her"}  # ("his units had hit the station": the speaker's own)
SAYING_REACH = 8  # tokens from a verb of saying back from the 'it' or 'his' whose strike it tells
FIRST_PERSON = {"we", "our"}  # the speaker's own side, whatever verb introduces them
ADJECTIVE_ENDINGS = ("ian", "-made", "-designed", "-built", "-produced", "-launched")


@lru_cache(maxsize=4)
def _nationality_words(res: Resources) -> frozenset[str]:
    return frozenset(res.nationality)


def _parties(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence) -> None:
    """Whose attack the sentence describes, best evidence first: 'Russian drones', 'Russia's
    forces'; 'Russia launched', 'fired by Ukraine'; 'the drone was Ukrainian'. A speaker's
    own name ('the Ukrainian military said') is not an attacker."""

    def party_at(k: int) -> str | None:
        if hits.covering(SOURCE, k) or (k > s_start and toks[k - 1].lower_ in res.words["target_prepositions"]
                                        and not (k - 2 >= s_start and toks[k - 2].lower_ in CAUSAL)) \
                or k > s_start and toks[k - 1].lower_ in res.words["purpose_prepositions"]:
            return None  # "attacks on Russian airfields", "chips for Russian missiles" (but "due to Russian drones")
        return res.nationality.get(toks[k].lower_)

    for w, _, _ in hits.spans(WEAPON):  # "HUR drones hit an S-400 launcher as Russia strikes Odesa": HUR's side's
        body = hits.covering(SOURCE, w - 1) if w > s_start else None
        known = res.sources.lookup(toks.text_of(body[0], body[1])) if body and body[1] == w else None
        if known is not None and known.type in STRIKING_BODIES and known.party in WARRING:
            facts.add_party(known.party, w)
    named = not facts.words.isdisjoint(_nationality_words(res))  # most sentences name no nationality
    for k in range(s_start, s_end - 2) if named else ():
        if toks[k].lower_ not in res.nationality:
            continue
        nxt = k + 2 if toks[k + 1].lower_ in ("'s", "’s") else k + 1
        if toks[nxt].lower_ not in res.attack_nouns \
                or res.lemmatizer is not None and res.lemmatizer.only_in_case(toks[k].text, "accs"):
            continue  # ("атакував Україну ракетами": the country attacked, the weapons after it not its own)
        speaks = any(hits.covering("ATTRIBUTION_VERBS", m) for m in range(nxt + 1, min(s_end, nxt + 3)))
        if speaks or not (party := party_at(k)) or (toks[nxt].lower_ in FORCE_NOUNS and _object_of(toks, k, s_start)) \
                or _describes_a_place(res, toks, k, s_start):
            continue  # (not "a supplier of fuel to the Russian army", nor "..., where Russian troops are pushing")
        if _defends(res, toks, hits, nxt, s_end):
            party = res.opponents.get(party)  # "Ukrainian forces downed 80 drones": Russia's
        if party:
            facts.add_party(party, k)  # "Russian drones", "Russia's forces" (not "Ukrainian forces said")
    downing = any(label == "ROLE:destroyed" for _, _, label in hits.spans("ROLE"))  # (air defences: the other side's)
    for s, e, label in hits.spans("ORGANISATION") if named and not downing else ():
        if label == "ORGANISATION:military" and e < s_end and (party := res.nationality.get(toks[e].lower_)) \
                and hits.covering(PLACE, e) and not (facts.speaker and facts.speaker.token <= s < facts.speaker.end) \
                and not (s > s_start and toks[s - 1].lower_ in res.words["target_prepositions"]):  # (not who speaks)
            facts.add_party(party, e)  # "Вооруженные силы России (в ночь на воскресенье) нанесли удар": Russia's
    armed = bool(hits.spans(WEAPON))  # (a force's strike told with no weapon is read by `_strike_without_weapon`)
    for s, e, label in hits.spans("ROLE"):
        if label == "ROLE:destroyed" and named and _its_own(res, toks, e, s_end):
            owner = next((k for k in range(s - 1, max(s_start, s - OWN_REACH) - 1, -1)
                          if toks[k].lower_ in res.nationality), None)
            if owner is not None:  # "the Russian military shot down seven of its own drones": Russia's drones
                facts.add_party(res.nationality[toks[owner].lower_], owner)
            continue
        if label not in ATTACK_ROLES or toks[s].lower_ in res.words["observation_verbs"]:
            continue  # (whoever "detected" or "tracked" the drones watched them)
        passive = e < s_end and toks[e].lower_ == "by"  # "Kyiv hit by missiles": Kyiv is the target
        if res.lemmatizer and _says_it_struck(res, toks, hits, facts, s, s_start):
            facts.self_report = True
        subject, force = s, None
        while subject > s_start and not (force := _force_ending_at(facts, subject - 1)) \
                and toks[subject - 1].lower_ in SUBJECT_FILLERS:
            subject -= 1
        if force is None and res.lemmatizer and armed and not passive:
            force = _force_after(res, toks, facts, e, s_end)  # 'Удар завдали ... підрозділи Сил безпілотних систем'
        if force and not passive and armed:
            facts.add_party(force, s)  # "units of the Unmanned Systems Forces (had) struck ...": that force's side
            continue
        reach = s - 4
        while reach - 1 >= s_start and toks[reach].lower_ in SUBJECT_FILLERS:
            reach -= 1  # "the Ukrainian armed forces had attacked"
        for k in range(s - 1, max(s_start, reach) - 1, -1):
            if toks[k].is_punct or passive or toks[k].lower_ in CLAUSE_OPENERS:
                break  # ("Poland scrambles jets as strikes hit western Ukraine": not Poland's strikes)
            if toks[k].lower_ in SELF_SUBJECTS:
                verb = next((m for m in range(k - 1, max(s_start, k - SAYING_REACH) - 1, -1)
                             if hits.covering("ATTRIBUTION_VERBS", m)), None)  # ("wrote on Friday that his units")
                if toks[k].lower_ in FIRST_PERSON or verb is not None and _speaker_says(facts, verb):
                    facts.self_report = True  # "the ministry said (that) it hit ...", '"20 of our drones took part"'
                break
            if toks[k].lower_ in res.nationality:
                acting = toks[k + 1].lower_ in SUBJECT_FILLERS  # "the Ukrainian military had fired": the attacker
                party = res.nationality[toks[k].lower_] if acting else party_at(k)
                if toks[k + 1].lower_ not in ("and", "or") and party:
                    facts.add_party(party, k)
                break
        if e + 1 < s_end and toks[e].lower_ == "by" and not _data_subject(res, toks, s, s_start) \
                and (label != "ROLE:launched" or _weapon_used(res, toks, hits, s, s_start)):
            for k in range(e + 1, min(s_end, e + 4)):
                if toks[k].lower_ in res.nationality:
                    facts.add_party(res.nationality[toks[k].lower_], k)
                    break
            else:  # "hit by drones of the Unmanned Systems Forces": that force's side (not "port used by the army")
                owner = _force_side if label == "ROLE:impact" else _warring_force if armed and toks[s - 1].lower_ in \
                    res.words["auxiliaries"] else None  # ("were carried out by units of the ...": a force at war)
                force = next((side for m in facts.mentions if e < m.token <= e + BY_REACH
                              and _owner_after(toks, m.token) and (side := owner(m))), None) if owner else None
                if force:
                    facts.add_party(force, e)
        elif named and label in ATTACK_ROLES and (attacked := _attacked_side(res, toks, e, s_end)):
            facts.add_party(attacked, e)  # after any subject's: "drones attacked Russian oil refineries"
    if not facts.self_report and any(_speakers_own(res, toks, hits, facts, w, s_start) for w, _, _ in hits.spans(WEAPON)):
        facts.self_report = True  # "the General Staff said its drones had struck the plant"
    for _, e, _ in hits.spans(WEAPON):  # "drones of the Unmanned Systems Forces took part": that force's
        force = next((side for m in facts.mentions if e <= m.token <= e + 2 and _owned_by(res, toks, e, m.token)
                      and (side := _force_side(m))), None)
        if force:
            facts.add_party(force, e)
    for k in range(s_start + 1, s_end) if named else ():
        if toks[k].lower_ in res.nationality and toks[k - 1].lower_ in ("was", "were", "is", "are") \
                and toks[k].lower_.endswith(ADJECTIVE_ENDINGS):  # not "the targets were Kyiv and Lviv"
            facts.add_party(res.nationality[toks[k].lower_], k)  # "the drone ... was Ukrainian"


OWN_WEAPONS = SELF_SUBJECTS | {"their"}  # "its drones", "our missiles", "their long-range drones"


def _speakers_own(res: Resources, toks: Tokens, hits: Hits, facts: Sentence, weapon: int, s_start: int) -> bool:
    """A weapon the speaker calls its own ('the General Staff said its drones had struck ...',
    '"our missiles hit the depot"', 'the SBU said the service's drones hit ...'): a possessive
    before it, past words that describe it ('long-range'), that refers to whoever says it,
    with no side named in between."""
    k = weapon - 1
    while k > s_start and weapon - k <= 4 and toks[k].lower_ in res.modifiers and toks[k].lower_ not in OWN_WEAPONS:
        k -= 1  # ("its long-range drones")
    speakers = k >= s_start and toks[k].lower_ in ("'s", "’s") and any(
        m.end == k and m.kind == "anaphor" and _names_the_speaker(res, facts, m.head) for m in facts.mentions)
    if k < s_start or toks[k].lower_ not in OWN_WEAPONS and not speakers:
        return False
    if toks[k].lower_ in FIRST_PERSON:
        return True
    verb = next((m for m in range(k - 1, s_start - 1, -1) if hits.covering("ATTRIBUTION_VERBS", m)), None)
    return verb is not None and _speaker_says(facts, verb) and not any(
        toks[m].lower_ in res.nationality for m in range(verb, k))


def _names_the_speaker(res: Resources, facts: Sentence, head: str | None) -> bool:
    """Whether an anaphor's noun ('the service') names the sentence's speaker (the SBU), or
    its kind ('the agency': an intelligence body)."""
    speaker = facts.speaker
    if not head or speaker is None:
        return False
    names = [speaker.head or "", *((speaker.claimant.name, *speaker.claimant.aliases) if speaker.claimant else ())]
    kind = speaker.claimant.type if speaker.claimant else None
    return any(head in name.lower() for name in names) or kind in res.anaphor_words.get(head, ())


def _data_subject(res: Resources, toks: Tokens, verb: int, s_start: int) -> bool:
    """'The figures were released by Ukraine's air force': what was released is data, and who
    released it a source, not an attacker."""
    k = verb - 1
    while k > s_start and toks[k].lower_ in res.words["auxiliaries"]:
        k -= 1
    return k >= s_start and statement_noun(res, toks[k].text)


BY_REACH = 6  # tokens from 'by' to the force whose weapons did it ('by drones of the Unmanned Systems Forces')


def _owner_after(toks: Tokens, k: int) -> bool:
    """The mention at k follows 'by' or 'of' ('by the Russian Armed Forces', 'drones of the
    Unmanned Systems Forces'), not a comma ('hit by drones, the military said')."""
    before = k - 2 if k >= 2 and toks[k - 1].lower_ == "the" else k - 1
    return before >= 0 and toks[before].lower_ in ("by", "of")


def _owned_by(res: Resources, toks: Tokens, weapon_end: int, k: int) -> bool:
    """The mention at k names whose weapons end at weapon_end: after 'of' ('drones of the
    Unmanned Systems Forces') or, where nouns inflect, right after them in the genitive
    ('дрони Сил безпілотних систем')."""
    if k > weapon_end:
        return toks[weapon_end].lower_ == "of" and (k == weapon_end + 1 or toks[weapon_end + 1].lower_ == "the")
    return res.lemmatizer is not None and res.lemmatizer.can_be_in_case(toks[k].text, "gent")


def _force_ending_at(facts: Sentence, k: int) -> str | None:
    """The side at war whose armed force's name ends at token k, as a verb's subject does
    ('units of the Unmanned Systems Forces struck')."""
    return next((side for m in facts.mentions if m.end == k + 1 and (side := _warring_force(m))), None)


STRIKING_BODIES = {"military", "intelligence"}  # bodies a side's weapons are named after ('SBU drones')
FORCE_AFTER_REACH = 6  # tokens from a verb to a force named after it as its subject, where word order is free


def _force_after(res: Resources, toks: Tokens, facts: Sentence, verb_end: int, s_end: int) -> str | None:
    """The side at war whose armed force's units are named right after the verb, as its
    subject where word order is free ('Удар завдали ударними безпілотниками підрозділи Сил
    безпілотних систем'; not the owner of a target, 'уражено комплекс С-300 ВСУ'), with no
    punctuation or preposition of a target before them ('удар по позиціях ...')."""
    units = unit_nouns(res)
    for m in facts.mentions:
        if not verb_end < m.token <= verb_end + FORCE_AFTER_REACH:
            continue
        unit = toks[m.token - 1]
        if (side := _warring_force(m)) and unit.lower_ in units and res.lemmatizer.can_be_in_case(unit.text, "nomn") \
                and not any(toks[k].is_punct or toks[k].lower_ in res.words["target_prepositions"]
                            for k in range(verb_end, m.token)):
            return side
    return None


def _warring_force(m: Mention) -> str | None:
    """The side of a named armed force of a side at war ('the Unmanned Systems Forces')."""
    side = _force_side(m) if m.kind == "named" else None
    return side if side in WARRING else None


def _force_side(m: Mention) -> str | None:
    """The side of an armed force a mention names ('the Unmanned Systems Forces', 'the
    Russian Armed Forces'), if it names one."""
    if m.kind == "generic":
        return m.party
    return m.claimant.party if m.kind == "named" and m.claimant and m.claimant.type == "military" else None

OBJECT_OPENERS = {"a", "an", "the", "several", "some", "two", "three", "four", "five", "dozens", "of", "key"}


def _attacked_side(res: Resources, toks: Tokens, verb_end: int, s_end: int) -> str | None:
    """The side whose sites an attack verb's object names ('attacked Russian oil
    refineries', 'hit a Ukrainian airfield'): the attacker is its opponent."""
    k = verb_end
    while k < s_end and k - verb_end < 3 and (toks[k].lower_ in OBJECT_OPENERS or toks[k].like_num):
        k += 1
    side = res.nationality.get(toks[k].lower_) if k < s_end else None
    if side and res.lemmatizer is not None and res.lemmatizer.only_in_case(toks[k].text, "ablt"):
        return side  # the agent, not the object: 'запущених окупантами' (launched by the occupiers)
    return res.opponents.get(side) if side else None


FORCE_NOUNS = {"forces", "army", "troops"}
OBJECT_PREPOSITIONS = {"to", "for", "of", "against", "with", "on", "from", "by", "supplying", "supply"}


def _object_of(toks: Tokens, k: int, s_start: int) -> bool:
    """A side's forces named after a preposition ('to the Russian army') are what a phrase
    is about, not who acted."""
    j = k - 1
    if j > s_start and toks[j].lower_ == "the":
        j -= 1
    return j >= s_start and toks[j].lower_ in OBJECT_PREPOSITIONS


def _defends(res: Resources, toks: Tokens, hits: Hits, noun: int, s_end: int) -> bool:
    """'Russian forces shot down 19 drones', 'Romanian military radars detected a drone':
    the forces that down or watch the weapons are the side attacked, not the attacker (but
    'Ukrainian drones were destroyed': the weapons downed are the attacker's)."""
    if hits.covering(WEAPON, noun) or toks[noun].lower_ in res.event_nouns:
        return False
    k = noun + 1
    while k < s_end and (toks[k].lower_ in SUBJECT_FILLERS or toks[k].lower_ in WATCHERS or toks[k].lower_ in CATENATIVES):
        k += 1
    gap = k  # a few other words may stand before the verb: "Ukrainian defenders last night shot down"
    while k < min(s_end, gap + DEFENDER_GAP) and toks[k].is_alpha and not hits.covering("ROLE", k) \
            and not hits.covering(WEAPON, k) and toks[k].lower_ not in res.nationality \
            and toks[k].lower_ not in res.words["conjunctions"]:
        k += 1
    role = hits.covering("ROLE", k) if k < s_end else None
    return role is not None and (role[2] == "ROLE:destroyed" or toks[k].lower_ in res.words["observation_verbs"]) \
        and not _its_own(res, toks, role[1], s_end)  # (not "the Russian army shot down six of its own drones")


DEFENDER_GAP = 3  # words between a force and its verb of downing ('цієї ночі', 'over the city')
OWN_REACH = 4  # words from a verb of downing to the 'its own' that owns what was downed


def _weapon_used(res: Resources, toks: Tokens, hits: Hits, s: int, s_start: int) -> bool:
    """What a verb of launching or using at s is told of is a weapon or a strike: the noun it
    follows ('drones launched by Russia'; not 'two barges used by Russia's fleet'), or after
    'was' the clause's subject ('the raid on the airfield was carried out by ...')."""
    k = s - 1
    if k < s_start:
        return False
    if toks[k].lower_ not in PASSIVE_BE:
        return bool(hits.covering(WEAPON, k)) or toks[k].lower_ in res.event_nouns
    for k in range(s - 2, s_start - 1, -1):
        if toks[k].text in (",", ";", ":") or toks[k].lower_ in CLAUSE_OPENERS:
            return False
        if hits.covering(WEAPON, k) or toks[k].lower_ in res.event_nouns:
            return True
    return False


def _its_own(res: Resources, toks: Tokens, verb_end: int, s_end: int) -> bool:
    """'shot down seven of its own drones', 'сбили семь своих дронов': the force downs weapons
    of its own side."""
    return any(toks[k].lower_ in res.words["own"] for k in range(verb_end, min(s_end, verb_end + OWN_REACH)))


WATCHERS = {"radar", "radars", "systems", "system", "monitoring", "observers"}
CATENATIVES = {"managed", "able", "to", "were", "was", "successfully", "could"}  # "had managed to shoot down"


def _speaker_says(facts: Sentence, verb: int) -> bool:
    """Whether the sentence's speaker is the one saying `verb`: the last mention before
    the verb is the speaker ('the governor said X, while the army said its drones hit':
    'its' is the army's, not the governor's)."""
    before = [m for m in facts.mentions if m.end <= verb]
    if not before or facts.speaker is None or before[-1] is facts.speaker:
        return True
    last, speaker = before[-1].claimant, facts.speaker.claimant  # ("Ukraine's Defence Intelligence (HUR) said its ...")
    return last is not None and speaker is not None and last.name == speaker.name


FINITE = frozenset({"VERB", "PRTS"})  # 'уразило', 'уражено'
SUBJECTS = frozenset({"NOUN", "NPRO"})


def _says_it_struck(res: Resources, toks: Tokens, hits: Hits, facts: Sentence, verb: int, s_start: int) -> bool:
    """'Міноборони заявило, що вночі уразило об'єкти': Ukrainian and Russian drop the
    subject English gives as 'it'. An attack verb that agrees with the speaker's own
    saying verb, with no subject of its own after 'що', tells of the speaker's strike (not
    'заявило, що ворог атакував', nor 'заявив, що атакували', which no longer agree)."""
    lemmatizer = res.lemmatizer
    opener = next((k for k in range(verb - 1, s_start, -1) if toks[k].lower_ in res.words["complementizers"]), None)
    if opener is None:
        return False
    saying = opener - 2 if toks[opener - 1].is_punct else opener - 1
    if saying < s_start or not hits.covering("ATTRIBUTION_VERBS", saying) or not _speaker_says(facts, saying):
        return False
    agreement = lemmatizer.readings_as(toks[verb].text, FINITE) & lemmatizer.readings_as(toks[saying].text, FINITE)
    if not agreement or any(opener < m.token < verb for m in facts.mentions):
        return False  # ('в ведомстве утверждают, что ВСУ выпустили': a subject the dictionary does not know)
    return not any(
        _agrees(lemmatizer.readings_as(toks[k].text, SUBJECTS, "nomn"), agreement)
        and not lemmatizer.readings_as(toks[k - 1].text, frozenset({"PREP"}))  # ('в ніч на 22 жовтня')
        for k in range(opener + 1, verb))


RELATIVE_REACH = 6  # tokens from a word that opens a clause about a place to the side it names


def _describes_a_place(res: Resources, toks: Tokens, k: int, s_start: int) -> bool:
    """A side named in a clause that describes a place ('over the Kursk region, where Russian
    troops are pushing to expel Ukrainian forces'; the lexicon's `place_relatives`): no
    attacker of the sentence's figures."""
    return any(toks[m].lower_ in res.words["place_relatives"] and m > s_start and toks[m - 1].text == ","
               for m in range(max(s_start, k - RELATIVE_REACH), k))


def _agrees(subject: frozenset, verb: frozenset) -> bool:
    """Whether a nominative could be a verb's subject: the same number, and in the
    singular the same gender where the verb shows one."""
    return any(number == v_number and (number == "plur" or v_gender in (None, gender))
               for gender, number in subject for v_gender, v_number in verb)


STRIKE_ROLES = {"ROLE:launched", "ROLE:impact", "ROLE:lost"}


def _strike_without_weapon(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence) -> None:
    """'Ukrainian forces have targeted Russian command posts ... in Belgorod', 'Russia lost
    at least three airfields': an attack on named targets with no weapon named."""
    if facts.figures or facts.named or hits.spans(WEAPON) or not hits.spans("TARGET"):
        return
    for s, e, label in hits.spans("ROLE"):
        if label not in STRIKE_ROLES:
            continue
        if label in ATTACK_ROLES and facts.parties:
            facts.strike_by = facts.parties[0]
            return
        for k in range(s - 1, max(s_start, s - 8) - 1, -1):
            lower = toks[k].lower_
            if lower in res.nationality and (k == s_start or toks[k - 1].lower_ not in res.words["target_prepositions"]):
                party = res.nationality[lower]
                facts.strike_by = res.opponents.get(party) if label == "ROLE:lost" else party
                return
