"""Targets and casualties: what was hit (energy, port, residential, ...) and how many
people were killed or injured ("killing nine people", "13 were injured", "a 64-year-old
man was wounded", but not "nobody was hurt").
"""

from __future__ import annotations

import re

from skytruce.extract.document import Document, Hits, Sentence
from skytruce.extract.numbers import may_start_number, read_number
from skytruce.extract.resources import PLACE, Resources
from skytruce.extract.tokens import Tokens
from skytruce.extract.totals import count_nouns, revision_verbs

MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def targets_and_casualties(doc: Document) -> None:
    """Pipeline component: `targets`, `killed` and `injured` of every sentence."""
    told_last: str | None = None  # the casualty the sentence before told last ('... nine injured. By noon the number ...')
    for s in doc.read():
        _targets_casualties(doc.res, doc.tokens, s.first, s.last, s.hits, s, told_last)
        told = sorted((k, attr) for label, attr in (("KILLED_WORDS", "killed"), ("INJURED_WORDS", "injured"))
                      for k, _, _ in s.hits.spans(label))
        told_last = told[-1][1] if told else None


def _targets_casualties(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence,
                        told_before: str | None = None) -> None:
    for _, _, label in hits.spans("TARGET"):
        target = label.split(":")[1]
        if target not in facts.targets:
            facts.targets.append(target)
    if res.lemmatizer is not None and (hits.spans("KILLED_WORDS") or hits.spans("INJURED_WORDS")):
        hits.add("PEOPLE_WORDS", _persons_by_morphology(res, toks, s_start, s_end, hits))
    dead: dict[int, int] = {}  # ('від отриманих поранень померла жінка': she is not also among the injured)
    for word_label, attr in (("KILLED_WORDS", "killed"), ("INJURED_WORDS", "injured")):
        named: dict[int, int] = {}  # people named one by one, each beside its word ('постраждав чоловік; ... постраждала жінка')
        for s, e, _ in hits.spans(word_label):
            if e < s_end and (toks[e].lower_ in res.words["absent_after"] or toks[e].lower_ in res.words["verb_negations"]
                              and not hits.covering("QUAL", e)):  # (not "погибли не менее 27 человек")
                continue  # "Без світла 300 абонентів, постраждалих немає": no one hurt, whatever count comes before
            value = _casualty_count(res, toks, s, e, s_start, s_end, hits)
            if value is None:
                named |= {p: n for p, n in _persons_beside(res, toks, s, e, s_start, hits).items() if p not in dead}
                value = sum(named.values()) or None
            if value is not None and attr == "injured" and _part_of_the_injured(res, toks, s, s_start):
                if any(start > s for start, _, _ in hits.spans("KILLED_WORDS")):
                    facts.killed = max(facts.killed or 0, value)  # "один из раненых скончался": a death, not one hurt
                continue  # "four of the injured are in a serious condition": some of a toll told, not a toll
            if value is not None:
                setattr(facts, attr, max(getattr(facts, attr) or 0, value))
        if attr == "killed":
            dead = named
    _bare_toll(res, toks, s_start, s_end, hits, facts, told_before)


def _part_of_the_injured(res: Resources, toks: Tokens, word: int, s_start: int) -> bool:
    """'One of the wounded died', 'four of the injured are in hospital', 'один из раненых
    скончался': the injured word, after a partitive, names those some of whom the count is."""
    k = word - 1 if word - 1 > s_start and toks[word - 1].lower_ == "the" else word
    return k - 2 >= s_start and toks[k - 1].lower_ in res.words["partitive"] \
        and may_start_number(toks[k - 2], res.number_words)  # (not "the number of injured")


def _persons_by_morphology(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits) -> list[tuple[int, int, str]]:
    """Where the morphology knows people from things ('загинув 58-річний охоронець', 'ранены
    трое сотрудников'), every word it reads as a person, not a name, and no lexicon phrase
    holds is a word for people, as the lexicon's few are."""
    held = {k for spans in hits.by_label.values() for s, e, _ in spans for k in range(s, e)}
    return [(k, k + 1, "PEOPLE_WORDS") for k in range(s_start, s_end) if k not in held and toks[k].is_alpha
            and (toks[k].text.islower() or k == s_start or toks[k - 1].is_punct)  # (a sentence's first word)
            and res.lemmatizer.names_a_person(toks[k].text)]


def _bare_toll(res: Resources, toks: Tokens, s_start: int, s_end: int, hits: Hits, facts: Sentence,
               told_before: str | None) -> None:
    """'three people were injured; by afternoon the number had risen to eight', '12 dead. By
    Tuesday the toll had reached 13': a toll named without its casualty word is the one told
    last before it (in the sentence, else in the one before), now at the higher figure."""
    if not facts.words & TOLL_NOUNS:
        return  # the usual case
    told = sorted((s, attr) for label, attr in (("KILLED_WORDS", "killed"), ("INJURED_WORDS", "injured"))
                  for s, _, _ in hits.spans(label))
    for k in range(s_start + 1, s_end - 1):
        if toks[k].lower_ not in TOLL_NOUNS or toks[k - 1].lower_ != "the" or toks[k + 1].lower_ == "of":
            continue
        before = [attr for s, attr in told if s < k] \
            or ([told_before] if told_before and toks[k].lower_ != "figure" else [])
        if not before or any(k - 3 <= s <= k + 3 for s, _ in told):
            continue  # (a toll with its own word is read with that word; 'the figure' only in the toll's own sentence)
        value = _risen_to(res, toks, k + 1, s_end, hits, brought=toks[k - 2].lower_ in revision_verbs(res))
        if value is not None:
            setattr(facts, before[-1], max(getattr(facts, before[-1]) or 0, value))


SINGLE_PERSON = {"man", "woman", "boy", "girl", "child", "person", "civilian", "resident", "worker", "pensioner",
                 "soldier", "serviceman", "teenager", "driver", "policeman", "firefighter", "rescuer", "guard",
                 "employee", "operator", "farmer", "nurse", "doctor", "teacher", "volunteer", "journalist", "passenger",
                 "pedestrian", "officer", "student", "electrician", "engineer", "son", "daughter", "husband", "wife",
                 "mother", "father", "grandmother", "grandfather", "brother", "sister", "baby", "infant", "toddler",
                 "paramedic", "medic", "miner", "cyclist", "fisherman", "watchman", "grandson", "granddaughter",
                 "grandchild", "neighbour", "neighbor", "relative"}
VAGUE_COUNTS = {"a", "an", "dozens", "hundreds", "several", "dozen", "couple"}
PLURAL_PERSONS = {"men", "women", "boys", "girls", "children", "people", "persons", "civilians", "residents", "workers",
                  "pensioners", "soldiers", "teenagers", "drivers", "guards", "operators", "farmers", "nurses", "doctors",
                  "teachers", "volunteers", "journalists", "students", "engineers", "paramedics", "medics", "miners"}


def _casualty_count(res, toks, s, e, s_start, s_end, hits) -> int | None:
    """'13 people were injured', 'killing nine people', 'one injured worker'."""
    aged = _ages_listed(res, toks, s, e, s_start, s_end, hits)
    if aged:
        return aged
    after = _casualty_after(res, toks, e, s_end, hits) or _count_closing_clause(res, toks, s, e, s_end, hits)
    if after is not None:  # "killing nine people", "wounded more than 40,"
        return after
    risen = _toll_risen(res, toks, s, e, s_start, s_end, hits)
    if risen is not None:
        return risen
    persons = _persons_named(res, toks, s, s_start)
    if persons is not None:
        return persons
    ages = _ages(toks, max(s_start, s - 16), s)
    for k in range(max(s_start, s - 16), s):  # number before the word
        if not may_start_number(toks[k], res.number_words) or toks[k].lower_ in VAGUE_COUNTS or k in ages:
            continue
        if k > s_start and toks[k - 1].lower_ == "no":
            continue  # "no one was hurt"
        if k > s_start and toks[k - 1].lower_ in MONTH_WORDS:
            continue  # "on July 9 killed"
        if _birth_year(res, toks, k, s_start, s):
            continue  # "a woman born in 1951 was injured"
        parsed = read_number(toks, k, s, res.number_words)
        if parsed and parsed[1] <= s:
            between = _without_apposition(toks[parsed[1]:s])
            where = _place_phrase(between, hits) | _participle_phrase(between, hits) | _whose_phrase(res, between, hits)
            if any(t.i not in ages and t.lower_ not in VAGUE_COUNTS and may_start_number(t, res.number_words)
                   for t in between):
                continue  # "five people were injured, one person was killed": the count nearest the word is its own
            if all(hits.covering("PEOPLE_WORDS", t.i) or t.lower_ in res.words["casualty_links"] or t.i in ages
                   or _of_the_people(toks, t.i, s, hits) or t.i in where for t in between):
                return parsed[0]
    nobody = s - 2 >= s_start and (toks[s - 2].lower_ in ("nobody", "none", "noone")
                                   or toks[s - 2].lower_ == "one" and s - 3 >= s_start and toks[s - 3].lower_ == "no")
    was = s - 2 if s - 2 >= s_start and toks[s - 1].lower_.endswith("ly") else s - 1  # "was slightly injured"
    nobody = nobody or (was == s - 2 and s - 3 >= s_start and toks[s - 3].lower_ in ("nobody", "none", "noone"))
    if after is None and was >= s_start and toks[was].lower_ == "was" and not toks[s].lower_.endswith("ing") and not nobody:
        return 1  # "Maksim Moiseev, a department head, was injured" (but not "nobody was hurt")
    return None


def _birth_year(res, toks, k: int, s_start: int, s_end: int) -> bool:
    """The number at k is a year of birth: 'born (in) 1951', '1951 року народження'."""
    births = res.words["birth_words"]
    return any(toks[m].lower_ in births for m in (*range(max(s_start, k - 2), k), *range(k + 1, min(s_end, k + 3))))


def _of_the_people(toks, k: int, s: int, hits) -> bool:
    """'Three of the warehouse workers were killed': the partitive and a noun qualifying the people."""
    if toks[k].lower_ in ("of", "the"):
        return True
    return toks[k].is_alpha and toks[k].text.islower() and k + 1 < s and bool(hits.covering("PEOPLE_WORDS", k + 1))


PLACE_LINKS = {"in", "of", "from", "near", "the"}


def _place_phrase(between: list, hits) -> set[int]:
    """'Two people in Izium were injured', 'three residents of the Sumy region were killed':
    the tokens of the place the people were in, between the count and its word."""
    found: set[int] = set()
    for n, t in enumerate(between):
        if hits.covering(PLACE, t.i):
            found.add(t.i)
            k = n - 1
            while k >= 0 and between[k].lower_ in PLACE_LINKS:
                found.add(between[k].i)
                k -= 1
    return found


PARTICIPLE_REACH = 6  # words of a phrase such as "waiting at the port gate"


def _participle_phrase(between: list, hits) -> set[int]:
    """'two drivers waiting at the port gate were injured': a phrase opened by a participle
    right after the people, up to the casualty word, without a comma."""
    for n, t in enumerate(between[:-1]):
        if hits.covering("PEOPLE_WORDS", t.i) and between[n + 1].lower_.endswith("ing") and between[n + 1].is_alpha:
            rest = between[n + 1:]
            if len(rest) <= PARTICIPLE_REACH and not any(r.is_punct for r in rest):
                return {r.i for r in rest}
    return set()


WHOSE_REACH = 4  # words of a phrase such as "from the night shift"


def _whose_phrase(res, between: list, hits) -> set[int]:
    """'three workers from the night shift were injured', 'two men in the car were wounded':
    a phrase opened by a preposition right after the people, saying which of them, up to the
    casualty word."""
    for n, t in enumerate(between[:-1]):
        if hits.covering("PEOPLE_WORDS", t.i) and between[n + 1].lower_ in ("from", "at", "on", "of", "in", "inside", "aboard"):
            rest = between[n + 1:]
            cut = next((m for m, r in enumerate(rest) if r.lower_ in res.words["casualty_links"]), len(rest))
            phrase, verb = rest[:cut], rest[cut:]
            if len(phrase) <= WHOSE_REACH + 1 and all(r.is_alpha and r.text.islower() for r in phrase) \
                    and all(r.lower_ in res.words["casualty_links"] for r in verb):
                return {r.i for r in phrase}
    return set()


TOLL_NOUNS = {"number", "toll", "count", "figure"}
RISE_REACH = 24  # tokens from a toll's casualty word to the figure it rose to (past a clause of when or where)


def _toll_risen(res, toks, s: int, e: int, s_start: int, s_end: int, hits) -> int | None:
    """'The number of people hurt in this morning's strike has gone up to four', 'кількість
    поранених ... зросла до 12' (a count noun and a verb of reaching: the lexicon's `totals`)."""
    if not any(toks[k].lower_ in TOLL_NOUNS or toks[k].lower_ in count_nouns(res) for k in range(max(s_start, s - 4), min(s_end, e + 1))):
        return None  # ('the number of injured', 'the death toll')
    brought = any(toks[k].lower_ in TOLL_BRINGERS for k in range(max(s_start, s - 3), s))  # "bringing the death toll ... to four"
    return _risen_to(res, toks, e, s_end, hits, brought)


def _risen_to(res, toks, start: int, s_end: int, hits, brought: bool) -> int | None:
    """The figure a toll rose to, in the words from `start`: 'has risen to eight', 'reached 13'."""
    reached = {end for _, end, _ in hits.spans("TOTAL_VERBS")}
    for k in range(start, min(s_end - 1, start + RISE_REACH)):
        risen_to = toks[k].lower_ == "to" and (brought or toks[k - 1].lower_ in TOLL_RISES | {"up"})
        at = k + 1 if risen_to else k if k in reached else None
        if at is not None and may_start_number(toks[at], res.number_words):
            parsed = read_number(toks, at, s_end, res.number_words)
            return parsed[0] if parsed else None
    return None


def _persons_named(res, toks, s: int, s_start: int) -> int | None:
    """'A man and a woman were killed', 'a woman and two men were killed': the people the
    subject names one by one (a count before a plural adds that many)."""
    k = s - 1
    while k >= s_start and toks[k].lower_ in ("were", "was", "been", "have", "has", "had") + SUFFERED:
        k -= 1
    opened = _apposition_before(toks, k + 1, s_start)
    if opened is not None:
        k = opened - 1  # "the driver, a man born in 1967, died": the person before the apposition
    end, people, single = k + 1, 0, False
    while k >= s_start and toks[k].text not in (",", ";", ":", ".", "—", "–") and toks[k].lower_ != "that":
        k -= 1  # (back to the clause's start: "the governor said that a man had died")
    for t in toks[k + 1:end]:
        if _one_named(res, t.lower_):
            people, single = people + _people_in(res, t), True
        elif t.lower_ in PLURAL_PERSONS:
            continue
        elif may_start_number(t, res.number_words) and t.lower_ not in ("a", "an"):
            count = read_number(toks, t.i, end, res.number_words)
            if count and count[1] < end and toks[count[1]].lower_ in PLURAL_PERSONS:
                people += count[0]
            elif not (count and count[1] < end and toks[count[1]].text == "-"):  # "58-year-old"
                return None
        elif t.is_alpha and t.text.islower() and t.i + 1 < end and (
                toks[t.i + 1].lower_ in SINGLE_PERSON | PLURAL_PERSONS | res.words["couple_words"]):
            continue  # "a security guard", "two tractor drivers": a noun naming what the person does
        elif t.lower_ not in ("a", "an", "and", "the", "-", "year", "old", "local", "elderly", "young", "her", "his", "its", "their",
                              '"', "“", "«", "'", "‘"):  # (an opening quote: '"A mother and her baby were killed')
            return None
    return people if single and (end < s or toks[s].lower_ in DIED) else None


def _one_named(res, word: str) -> bool:
    """A word for one person, or for one couple ('a man', 'an elderly couple')."""
    return word in SINGLE_PERSON or word in res.words["couple_words"]


def _people_in(res, token) -> int:
    """How many people a word for a person names: two for a couple ('an elderly couple', 'подружжя')."""
    return 2 if token.lower_ in res.words["couple_words"] else 1


DIED = {"died", "dies"}  # "the driver died": no auxiliary between the person and the word
SUFFERED = ("sustained", "suffered", "received", "a", "minor", "light", "slight", "serious", "severe")  # "a woman sustained a minor injury"
PERSON_REACH = 3  # tokens between a casualty word and the person it tells of, and between the people of a list


def _persons_beside(res, toks, s, e, s_start, hits) -> dict[int, int]:
    """'пострадал мирный житель', 'водителя госпитализировали', 'постраждали 87-річний
    чоловік і 85-річна жінка': where the morphology marks number, the people named in the
    singular beside the word, one by one, are each a casualty, and a count of people listed
    with them that many ('ранены водитель и четверо пассажиров'): how many, by where each is named."""
    if res.lemmatizer is None:
        return {}
    people = [(p, q) for p, q, _ in hits.spans("PEOPLE_WORDS") if s_start <= p]
    opened = _apposition_before(toks, s, s_start)
    if opened is not None:  # 'водитель, мужчина 1967 года рождения, погиб': the apposition says who he was
        people = [(p, q) for p, q in people if not opened < p < s]
        s = opened if any(q == opened for _, q in people) else s
    near = [(p - e if p >= e else s - q, n) for n, (p, q) in enumerate(people)
            if s - PERSON_REACH <= q and p <= e + PERSON_REACH
            and not any(hits.covering("CLAUSE_BREAKS", k) for k in range(min(q, e), max(p, s)))]
    if not near:
        return {}
    n = min(near)[1]  # the nearest, in the word's own clause
    if not _one_person(res, toks, *people[n], s_start):
        return {}
    found, last = {people[n][0]: _people_in(res, toks[people[n][0]])}, people[n][1]
    for p, q in people[n + 1:]:  # '... чоловік і 85-річна жінка', '... водитель и четверо пассажиров'
        linked = p - last <= PERSON_REACH + 1 and any(t.lower_ in res.words["conjunctions"] for t in toks[last:p])
        count = _count_before(res, toks, last, p) if linked else None
        if not linked or (count is None and not _one_person(res, toks, p, q, s_start)):
            break
        found[p], last = count or 1, q
    return found


AGED = re.compile(r"^\d{1,3}-\w*(?:річн|летн)\w*$")  # '21-річний', '55-летняя'


AGES_REACH = 3  # tokens between a casualty word and the ages after it ('Поранення отримали 21-річний ...')


def _ages_listed(res, toks, s: int, e: int, s_start: int, s_end: int, hits) -> int:
    """'Поранення отримали 21-річний і 55-річний чоловіки', '34-летний и 61-летний мужчины
    ранены': people of several ages named by one plural word beside the casualty word, one
    for each age (none unless there are two at least)."""
    for p, q, _ in hits.spans("PEOPLE_WORDS"):
        if not (e <= p or s_start <= q <= s and s - q <= 1):
            continue
        ages, k = 0, p - 1
        while k >= s_start and (AGED.match(toks[k].text) or toks[k].text == ","
                                or toks[k].lower_ in res.words["conjunctions"]):
            ages += bool(AGED.match(toks[k].text))
            k -= 1
        after = p > s and k + 1 - e <= AGES_REACH  # (the ages begin right after the word, not a clause later)
        if ages >= 2 and (after or p < s):
            return ages
    return 0


def _count_before(res, toks, start: int, p: int) -> int | None:
    """The count of people right before their word at p ('четверо пассажиров'), after `start`."""
    for k in range(max(start, p - 2), p):
        if may_start_number(toks[k], res.number_words) and toks[k].lower_ not in VAGUE_COUNTS:
            parsed = read_number(toks, k, p, res.number_words)
            if parsed and parsed[1] == p:
                return parsed[0]
    return None


def _one_person(res, toks, p: int, q: int, s_start: int) -> bool:
    """A person named in the singular, no count before ('жінка', '24-річний чоловік', not
    'дві жінки')."""
    return not any(toks[k].like_num or toks[k].lower_ in res.number_words for k in range(max(s_start, p - 2), p)) \
        and res.lemmatizer.grammatical_number([t.text for t in toks[p:q]], toks[p - 1].text if p > s_start else "") == "sing"


APPOSITION_REACH = 8  # tokens of an apposition between a person and the casualty word


def _apposition_before(toks, s: int, s_start: int) -> int | None:
    """The comma that opens an apposition ending in a comma right before token `s`."""
    if s - 1 <= s_start or toks[s - 1].text != ",":
        return None
    for k in range(s - 2, max(s_start, s - 2 - APPOSITION_REACH), -1):
        if toks[k].text == ",":
            return k if k > s_start else None
        if toks[k].is_punct and toks[k].text not in ("-", "–"):
            return None
    return None


def _without_apposition(tokens: list) -> list:
    """'men, employees of the port, were': the part between commas says who they were."""
    commas = [n for n, t in enumerate(tokens) if t.text == ","]
    if len(commas) >= 2:
        return tokens[:commas[0]] + tokens[commas[-1] + 1:]
    return tokens


TOLL_BRINGERS = {"bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "took", "pushing", "pushed"}
TOLL_RISES = {"has", "had", "now", "risen", "rose", "climbed", "grown", "grew", "increased", "reached", "gone", "went", "to"}  # "injured has now risen to seven"
AGE_WORDS = {"aged", "age", "ages"}
SUBSET_WORDS = {"including", "among", "of", "whom"}
OF_SUBSET = {"them", "whom", "those", "these"}  # "of them" (but "the injury of 16 people")


def _ages(toks, start: int, stop: int) -> set[int]:
    """Tokens of 'aged 34 and 52': ages, not counts of people."""
    found: set[int] = set()
    for k in range(start, stop):
        if toks[k].lower_ in AGE_WORDS:
            found.add(k)
            j = k + 1
            while j < stop and (toks[j].like_num or toks[j].lower_ in ("and", ",", "to", "-")):
                found.add(j)
                j += 1
    return found


def _own_casualty_word(toks, k: int, s_end: int, hits) -> bool:
    """The clause after token k has a casualty word of its own ('and 13 people were injured')."""
    return any(hits.covering("KILLED_WORDS", m) or hits.covering("INJURED_WORDS", m) for m in range(k + 1, min(s_end, k + 7)))


def _casualty_after(res, toks, e, s_end, hits) -> int | None:
    """'killing nine people', 'injuring three.', 'killing a 64-year-old man', 'wounding the
    driver and four passengers'."""
    listed = _victims_listed(res, toks, e, s_end, hits)
    if listed is not None:
        return listed
    for k in range(e, min(s_end, e + 5)):  # "killing nine", "the injury of at least 16 people"
        if toks[k].text in (",", ";", ":") or (toks[k].lower_ == "and" and _own_casualty_word(toks, k, s_end, hits)):
            break  # "... were killed, six people were injured", "killed and 13 people were injured": the next clause's
        if toks[k].lower_ in SUBSET_WORDS and (toks[k].lower_ != "of" or k + 1 < s_end and toks[k + 1].lower_ in OF_SUBSET):
            break  # "41 people were injured, including three children": the three are among them
        if k - e >= 2 and not (toks[k].lower_ in ("of", "the") or toks[k].lower_ in TOLL_RISES
                               or hits.covering("QUAL", k) or toks[k].like_num):
            break  # further on only past "of" and a qualifier, not past ", as well as"
        if hits.covering("PEOPLE_WORDS", k):
            break  # "ранены водитель и двое пассажиров": a person named first, the list's (`_persons_beside`)
        if may_start_number(toks[k], res.number_words) and toks[k].lower_ not in VAGUE_COUNTS:
            parsed = read_number(toks, k, s_end, res.number_words)
            if parsed and (parsed[1] >= s_end or hits.covering("PEOPLE_WORDS", parsed[1])
                           or parsed[1] + 1 < s_end and toks[parsed[1]].text.islower() and hits.covering("PEOPLE_WORDS", parsed[1] + 1)
                           or toks[parsed[1]].lower_ in (".", ",", ";", "and", "in", "on", "at", "when", "after",
                                                         "during", "as", "across", "near", "—", "–", ":",
                                                         "»", "”", '"', "overnight", "yesterday", "today",
                                                         "earlier")):  # ('Поранених — 19».'; "wounded eight overnight")
                return parsed[0]  # "injured 18 in the towns of ...", "ранены двое — водитель и ..."
    return None


CLOSING_REACH = 12  # tokens from a casualty word in the genitive to the count that closes its clause


def _count_closing_clause(res, toks, s: int, e: int, s_end: int, hits) -> int | None:
    """'постраждалих унаслідок нічної атаки на Миколаїв троє', 'постраждали від ворожих атак 87
    осіб': where nouns inflect, a casualty word in the genitive plural, or a verb in the plural,
    whose count (and its people) closes the clause, past where and what from."""
    readings = res.lemmatizer.readings_as(toks[s].text, None, "gent") | res.lemmatizer.readings_as(toks[s].text, VERBS) \
        if res.lemmatizer else frozenset()
    if "plur" not in {number for _, number in readings}:
        return None  # (not 'Погибший в Подмосковье' heading a paragraph)
    for k in range(e, min(s_end, e + CLOSING_REACH)):
        if toks[k].text in (",", ";", ":", "—", "–") or not toks[k].text.strip() or "\n" in toks[k].text \
                or _own_casualty_word(toks, k - 1, k + 1, hits) and k > e or hits.covering("PEOPLE_WORDS", k):
            return None  # (nor past a person named first: 'постраждали водій і троє пасажирів', `_persons_beside`)
        if may_start_number(toks[k], res.number_words) and toks[k].lower_ not in VAGUE_COUNTS:
            parsed = read_number(toks, k, s_end, res.number_words)
            if parsed is None or toks[k - 1].text in ("№", "#"):
                return None  # (not 'больнице № 4')
            value, end = parsed
            if end < s_end and hits.covering("PEOPLE_WORDS", end):
                end += 1  # past its people: '87 осіб.'
            return value if end >= s_end or toks[end].text in (".", ",", ";", "!", "»", ")") else None
    return None


VERBS = frozenset({"VERB"})
PERSON_OPENERS = {"a", "an", "one", "the", "his", "her", "their", "its"}  # "the driver", "his wife"
PERSON_WORDS_REACH = 8  # tokens from an opener to its person ("a 64-year-old local man")


def _victims_listed(res, toks, k: int, s_end: int, hits) -> int | None:
    """The people a list after a casualty word names, each person named in the singular one
    and each count its number: 'the driver and four passengers' (5), 'his wife and two
    children' (3); None unless the list opens with a person named in the singular. The list
    stops at a clause with a casualty word of its own ('a man, and two women were injured')."""
    total, apposed = 0, False
    while k < s_end:
        person = _single_person(res, toks, k, s_end, hits)
        count = None if person is not None or total == 0 else _people_counted(res, toks, k, s_end, hits)
        if person is not None:  # (after a comma, an apposition unless the list goes on: "killing the driver,
            counted = _people_in(res, toks[person - 1]) * (not apposed or _and_follows(toks, person, s_end))
            total, k = total + counted, person  # a 58-year-old man,"; "killing an elderly couple")
        elif count is not None:
            total, k = total + count[0], count[1]
        else:
            break
        links = _past_links(toks, k, s_end)
        if links == k or _own_casualty_word(toks, links, s_end, hits):
            break
        apposed = person is not None and all(toks[m].text == "," for m in range(k, links))
        k = links
    return total or None


def _past_links(toks, k: int, s_end: int) -> int:
    """Past the commas and 'and's that link the people of a list at k."""
    while k < s_end and toks[k].lower_ in (",", "and"):
        k += 1
    return k


def _and_follows(toks, k: int, s_end: int) -> bool:
    """'and' among the links at k: the list goes on ('the driver, his wife and ...')."""
    return any(toks[m].lower_ == "and" for m in range(k, _past_links(toks, k, s_end)))


def _single_person(res, toks, k: int, s_end: int, hits) -> int | None:
    """The end of 'a 64-year-old man', 'the driver', 'his wife' starting at k."""
    if toks[k].lower_ not in PERSON_OPENERS:
        return None
    for m in range(k + 1, min(s_end, k + PERSON_WORDS_REACH)):
        if _one_named(res, toks[m].lower_):
            return m + 1
        if not (toks[m].is_alpha or toks[m].like_num or toks[m].text in ("-", "'s", "’s")) or hits.covering("ROLE", m):
            return None  # (past "a 64-year-old", "their neighbour's")
    return None


def _people_counted(res, toks, k: int, s_end: int, hits) -> tuple[int, int] | None:
    """'four passengers', 'two young children' at k: (the count, the end of its people word)."""
    if not may_start_number(toks[k], res.number_words) or toks[k].lower_ in VAGUE_COUNTS:
        return None
    parsed = read_number(toks, k, s_end, res.number_words)
    if parsed is None:
        return None
    for m in range(parsed[1], min(s_end, parsed[1] + 2)):  # (past one word: "two young children")
        if word := hits.covering("PEOPLE_WORDS", m):
            return parsed[0], word[1]
    return None
