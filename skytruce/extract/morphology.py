"""Morphology of the inflected languages (Ukrainian, Russian): the lemma each word form is
matched on, so "шахедами", "Миколаївської області" and "беспилотников" meet the lexicon's
"шахед", "Миколаївська область" and "беспилотник".

pymorphy3 gives every reading of a word; where they disagree ("Федорова": the surname
Федоров or the adjective федорів) the reading a lexicon, gazetteer or registry entry
uses wins, so a name is matched however the sentence declines it. Names are also
declined into every case when the matcher learns them, for readings that no nominative
shares ("Синєгубова"). A word is analysed once per process, and its lemma is kept for
the next (`lemma_memory`).
"""

from __future__ import annotations

from itertools import product

# Cases a name is declined into when the matcher learns it (nominative is the entry itself).
CASES = ("gent", "datv", "accs", "ablt", "loct")
PERSONAL = {"Surn", "Name", "Patr"}  # readings of a word as a person's name
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


class Lemmatizer:
    """Lower-case lemmas of one language's words, preferring readings the data knows."""

    def __init__(self, lang: str, endings: list[str] = (), nominative_endings: list[str] = ()):
        import pymorphy3  # here: a run that reads only English never loads it
        self.morph = pymorphy3.MorphAnalyzer(lang=lang)
        self.endings = sorted(endings, key=len, reverse=True)  # case endings, for names the dictionary lacks
        self.nominative_endings = ("", *nominative_endings)  # what such a name may end in ('Міллерово')
        self.known: set[str] = set()
        self.common: set[str] = set()  # the known lemmas of entry words written in lower case (not only names')
        self._cache: dict[str, str] = {}
        self._remembered = 0  # how many of _cache came from an earlier run (`remember`)
        self._parses: dict[str, list] = {}
        self._declined: dict[tuple[str, ...], list[list[str]]] = {}
        self._genders: dict[tuple[str, bool], frozenset] = {}

    def _parse(self, lower: str) -> list:
        found = self._parses.get(lower)
        if found is None:
            found = self._parses[lower] = self.morph.parse(lower)
        return found

    def learn(self, words) -> None:
        """Remember the lemma each entry word has, before any text is read: the word itself
        where a reading other than a personal name has it as lemma (an entry is written as a
        lemma: 'людина', not the adjective людин; 'троє', not Троя; but 'Вінницька' is the
        adjective вінницький, not the surname), else its likeliest reading's; a name the
        dictionary lacks that no guessed reading takes for a nominative ('Синегубов', guessed
        only as a plural genitive): itself, so that its other cases ('Синегубова') lead back to it."""
        for word in words:
            if _analysable(word):
                parses = self._parse(_clean(word))
                own = next((p for p in parses if p.normal_form == p.word and not PERSONAL & p.tag.grammemes
                            and not _rare_function_word(p, parses[0])), None)
                if own is None and word[:1].isupper() and not any(p.is_known or p.tag.case == "nomn" for p in parses):
                    self.known.add(_plain(_clean(word)))
                else:
                    self.known.add(_plain((own or parses[0]).normal_form))
                    if not word[:1].isupper():
                        self.common.add(_plain((own or parses[0]).normal_form))
        self._cache.clear()
        self._declined.clear()

    def remember(self, lemmas: dict[str, str]) -> None:
        """Take the lemmas an earlier run found (after `learn`: they depend on what it knows)."""
        for word, lemma in lemmas.items():
            self._cache.setdefault(word, lemma)
        self._remembered = len(self._cache)

    def lemmas_found(self) -> dict[str, str]:
        """Every word's lemma this run knows, to `remember` in the next; empty when it found
        none that the last one had not."""
        return self._cache if len(self._cache) > self._remembered else {}

    def lemma(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._lemma(word)
        return cached

    def _lemma(self, word: str) -> str:
        lower = _clean(word)
        plain = _plain(lower)
        if not _analysable(lower) or plain in self.known and (not word[:1].islower() or plain in self.common):
            return plain  # an entry's own word ('Отрадное', not the adjective отрадный)
        parses = self._parse(lower)
        forms = [_plain(p.normal_form) for p in parses]
        if plain in self.known:  # a name's word in lower case is the common word it declines ('атаки': атака's,
            return next((f for f in forms if f != plain and f in self.common), plain)  # not the town Атаки's)
        numeral = next((f for f, p in zip(forms, parses) if p.tag.POS == "NUMR" and f in self.known), None)
        plural_only = next((f for f, p in zip(forms, parses) if "Pltm" in p.tag.grammemes and f in self.known), None)
        known = numeral or plural_only or next((f for f in forms if f in self.known), None)
        # ("п'яти": five's, not the village П'ята's; "Прилуках": the town Прилуки's, not a village Прилука's)
        if known is None:  # 'Приморсько-Ахтарська', 'Морозівську', 'Міллерова': an entry's name in another case
            known = next((lower[:-len(e)] + n for e in self.endings for n in self.nominative_endings
                          if lower.endswith(e) and lower[:-len(e)] + n in self.known), None)
        return known or forms[0]

    def person_name(self, words: list[str]) -> list[str]:
        """A person's name in the nominative, its words read in the gender and case of the given
        name before them: 'Андрей Прошунин' stays (not the plural of a feminine Прошунина),
        'Натальи Заболотной' becomes наталья заболотная (not the masculine заболотный),
        'Вячеслава Гладкова' вячеслав гладков. Words with no agreeing reading get their lemma,
        or stay as written after a nominative."""
        given = [p for p in self._parse(_clean(words[0])) if "Name" in p.tag.grammemes
                 and p.tag.number != "plur" and p.tag.case != "voct"] if len(words) > 1 and _analysable(words[0]) else []
        # (a report names people, it does not address them: 'Петро' is not the vocative of a feminine 'Петра')
        for reading in given:  # the likeliest reading whose gender and case a surname agrees with
            gender, case = reading.tag.gender, reading.tag.case
            rest = [next((p for p in self._parse(_clean(w)) if p.tag.case == case and p.tag.number != "plur"
                          and p.tag.gender in (gender, None)), None) if _analysable(w) else None for w in words[1:]]
            if any(rest) or reading is given[-1]:
                break
        else:
            return [self.lemma(w) for w in words]
        rest_lemmas = [_plain(_nominative(p)) if p else (_clean(w) if case == "nomn" else self.lemma(w))
                       for w, p in zip(words[1:], rest)]
        return [_plain(_nominative(reading)), *rest_lemmas]

    def surname(self, word: str) -> str:
        """A surname told alone, in the nominative: a name the data knows, else the dictionary's
        reading of it as a surname ('Гурулёв', not the plural of a given name Гурулёва), else
        a singular reading's lemma (one person speaks), else the word as written ('Картаполов',
        which the dictionary guesses only as plurals)."""
        lemma = self.lemma(word)
        if not _analysable(word) or lemma in self.known:
            return lemma
        parses = [p for p in self._parse(_clean(word)) if p.tag.number != "plur"]
        surname = next((p for p in parses if "Surn" in p.tag.grammemes), None)
        if surname is not None:
            return _plain(_nominative(surname))
        return _plain(parses[0].normal_form) if parses and parses[0].tag.number else _plain(_clean(word))

    def given_name(self, word: str) -> bool:
        """Whether some reading of the word is a person's given name ('Анатолій')."""
        return _analysable(word) and any("Name" in p.tag.grammemes for p in self._parse(_clean(word)))

    def readings(self, word: str) -> list[str]:
        """Every lemma the word may have, the likeliest first ('Бериславская': the
        adjective 'бериславский' among them)."""
        if not _analysable(word):
            return [word.lower()]
        return list(dict.fromkeys(_plain(p.normal_form) for p in self._parse(_clean(word))))

    def grammatical_number(self, words: list[str], before: str = "") -> str | None:
        """'sing' or 'plur' as the phrase's head noun (its first noun) says unambiguously:
        'ракетой «Искандер-М»' is one missile, 'ракетами' several; where the noun's form
        could be either ('чоловік': a man, or as in 'п'ять чоловік'), the word `before` the
        phrase if it agrees with one only ('24-річний чоловік', 'загинув чоловік'); None for
        abbreviations, Latin names and forms that could be either ('ракети')."""
        for n, word in enumerate(words):
            nouns = [p for p in self._parse(_clean(word)) if p.tag.POS == "NOUN" and p.is_known] if _analysable(word) else []
            if nouns:
                numbers = {p.tag.number or "sing" for p in nouns}  # the Ukrainian dictionary marks only the plural
                return numbers.pop() if len(numbers) == 1 else self._adjective_number(before) or self._agreeing(words[:n])
        return self._agreeing(words) or self._adjective_number(before)  # no noun the dictionary knows ('збитого шахеда')

    def _agreeing(self, words: list[str]) -> str | None:
        """The number the first agreeing word of a phrase marks ('ударний БпЛА': one)."""
        return next((number for word in words if (number := self._adjective_number(word))), None)

    def _adjective_number(self, word: str) -> str | None:
        """The number an agreeing word marks: an adjective or participle ('24-річний'), or a
        verb in the past ('загинув', 'погибла')."""
        parses = self._parse(_clean(word)) if _analysable(word) else []
        if any(p.tag.POS not in ("ADJF", "PRTF", "PRTS") and not (p.tag.POS == "VERB" and p.tag.tense == "past")
               for p in parses):
            return None
        numbers = {p.tag.number or "sing" for p in parses}
        return numbers.pop() if len(numbers) == 1 else None

    def names_a_person(self, word: str) -> bool:
        """Whether the word is only ever a noun, and one of its readings a common noun for a
        person ('сторож', 'пенсионерка', 'волонтерів'): the dictionary marks people animate
        ('и' is a conjunction first, whatever rare reading it also has)."""
        parses = self._parse(_clean(word)) if _analysable(word) else []
        return bool(parses) and all(p.tag.POS == "NOUN" and "Abbr" not in p.tag.grammemes for p in parses) and any(
            p.tag.animacy == "anim" and not PERSONAL & p.tag.grammemes and p.is_known for p in parses)

    def can_be_in_case(self, word: str, case: str) -> bool:
        """Whether some reading of the word is in `case` ('Суспільному': the dative among them)."""
        parses = self._parse(_clean(word)) if _analysable(word) else []
        return any(p.tag.case == case for p in parses)

    def could_be_name(self, word: str) -> bool:
        """Whether some reading of the word is a person's name, or the dictionary does not know
        it ('Перші' is only the adjective 'first')."""
        parses = self._parse(_clean(word)) if _analysable(word) else []
        return not parses or any(PERSONAL & p.tag.grammemes or not p.is_known for p in parses)

    def only_in_case(self, word: str, case: str) -> bool:
        """Whether every reading of the word is in `case` ('Кремлем': only the instrumental)."""
        parses = self._parse(_clean(word)) if _analysable(word) else []
        return bool(parses) and all(p.tag.case == case for p in parses)

    def genders(self, word: str, nominative: bool = False) -> frozenset[tuple[str | None, str | None]]:
        """The (gender, number) pairs a word form can have (as a nominative only, with
        `nominative`): 'Черкасской' is feminine singular, as 'Черкасская' is and
        'Черкасское' is not."""
        found = self._genders.get((word, nominative))
        if found is None:  # (a tag's grammemes are slow to read: once per word)
            found = self._genders[word, nominative] = self.readings_as(word, None, "nomn" if nominative else None)
        return found

    def readings_as(self, word: str, parts: frozenset[str] | None, case: str | None = None
                    ) -> frozenset[tuple[str | None, str | None]]:
        """The (gender, number) pairs of a word form's readings as one of `parts` of speech (any,
        with None), in `case` if given: 'уразило' as a verb is neuter singular, 'ніч' as a
        nominative noun feminine singular."""
        return frozenset((p.tag.gender, p.tag.number) for p in self._parse(_clean(word))
                         if (parts is None or p.tag.POS in parts) and (case is None or p.tag.case == case)
                         ) if _analysable(word) else frozenset()

    def declensions(self, phrase_words: list[str]) -> list[list[str]]:
        """The lemmas a name's words get in each case ('Олег Синєгубов' -> also the lemmas of
        'Олега Синєгубова', ...): a name is matched in any case. A case with several forms
        gives each ('Кривий Ріг': 'у Кривому Розі' as well as 'Рогові')."""
        key = tuple(phrase_words)
        found = self._declined.get(key)
        if found is None:
            found = self._declined[key] = []
            for case in CASES:
                for lemmas in product(*(self._case_lemmas(word, case) for word in phrase_words)):
                    if list(lemmas) not in found:
                        found.append(list(lemmas))
        return found

    def _case_lemmas(self, word: str, case: str) -> list[str]:
        """The lemmas of every form of `word` (a nominative) in `case`, of each of its
        nominative readings, in the number of the first."""
        if not _analysable(word):
            return [self.lemma(word)]
        readings = [p for p in self._parse(_clean(word)) if p.tag.case == "nomn"]
        if not readings:
            return [self.lemma(word)]
        first = readings[0].tag
        forms = {f.word for p in readings if p.tag.POS == first.POS
                 for f in p.lexeme if f.tag.case == case and f.tag.number == first.number
                 and (first.POS != "ADJF" or f.tag.gender == first.gender)}
        return sorted({self.lemma(form) for form in forms}) or [self.lemma(word)]


def _nominative(reading) -> str:
    """The reading's word in the nominative singular of its own gender ('заболотной' as a
    woman's surname: заболотная)."""
    nominative = reading.inflect({"nomn"}) if reading.tag.case != "nomn" else reading
    return (nominative or reading).word


def _rare_function_word(reading, likeliest) -> bool:
    """A particle or preposition reading of a noun's or adjective's form that is far more
    often that noun ('типа': the genitive of тип, rarely the particle): not an entry's word."""
    return (reading.tag.POS in ("PRCL", "PREP", "CONJ") and likeliest.tag.POS in ("NOUN", "ADJF")
            and reading.score * 10 < likeliest.score)


def _clean(word: str) -> str:
    return word.lower().translate(APOSTROPHES)


def _plain(lemma: str) -> str:
    return lemma.replace("ё", "е")


def _analysable(word: str) -> bool:
    """Cyrillic words only: numbers, signs and Latin names stay as they are written."""
    return any("\u0400" <= c <= "\u04ff" for c in word)
