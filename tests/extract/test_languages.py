"""Ukrainian and Russian reports read like English ones: the language is detected, words
are matched on their lemmas in any case, and claimants, places, weapons and dates come out
in the same canonical form. The sentences are our own."""

from datetime import date

import pytest
import yaml

from skytruce.extract import detect_language, extract_claims
from skytruce.extract.pipeline import read
from skytruce.extract.resources import resources
from skytruce.reference._keys import data_path


def one(text: str, published: date | None = None, lang: str | None = None):
    claims = extract_claims(text, published, lang)
    assert len(claims) == 1, claims
    return claims[0]


def weapon(claim, name_or_category: str):
    return next(w for w in claim.weapons if name_or_category in (w.model, w.category))


@pytest.mark.parametrize("text, lang", [
    ("Russia launched 40 drones at Odesa overnight, the air force said.", "en"),
    ("Уночі ворог атакував Одещину ударними безпілотниками, повідомили в Силах оборони півдня.", "uk"),
    ("Ночью силы ПВО сбили над Курской областью восемь беспилотников, сообщил губернатор.", "ru"),
    ("Overnight the governor wrote on Telegram that air defence had downed 30 drones: «Збито всі цілі».", "en"),
    ("Ночью над Львовом (по-украински Львів) сбиты два беспилотника, сообщили городские власти.", "ru"),
])
def test_the_language_of_a_report_is_detected(text, lang):
    assert detect_language(text) == lang


def test_every_lexicon_has_the_keys_of_the_english_one():
    keys = {lang: set(yaml.safe_load(open(data_path(f"lexicon/{lang}.yaml"), encoding="utf-8"))) for lang in ("en", "uk", "ru")}
    assert keys["uk"] == keys["en"] and keys["ru"] == keys["en"]


def test_an_air_force_summary_in_ukrainian():
    claim = one("У ніч на 14 вересня противник атакував Україну 22 ударними БпЛА типу «Шахед-136/131» з напрямку "
                "Приморсько-Ахтарська. Збито/подавлено 17 ворожих безпілотників, повідомили в Повітряних силах ЗСУ.",
                date(2025, 9, 14))
    shahed = weapon(claim, "Shahed-136/131")
    assert (shahed.launched, shahed.destroyed) == (22, 17)
    assert claim.claimant.name == "Ukrainian Air Force" and claim.attacker == "RU"
    assert claim.time.end == date(2025, 9, 14)
    assert "Primorsko-Akhtarsk" in [p.name for p in claim.places]


def test_a_defence_ministry_tally_in_russian_with_number_words():
    claim = one("В ночь на 20 мая дежурными средствами ПВО перехвачены и уничтожены двадцать два украинских "
                "беспилотника над территорией Брянской области, сообщило Минобороны России.", date(2025, 5, 20))
    assert weapon(claim, "drone").destroyed == 22
    assert claim.claimant.name == "Russian Defence Ministry" and claim.attacker == "UA"
    assert [p.name for p in claim.places] == ["Bryansk Oblast"]


def test_names_are_found_in_any_case():
    claim = one("Губернатора Белгородской области Вячеслава Гладкова проинформировали, что шахедами и «Геранями» "
                "это не было: дрон ВСУ атаковал автомобиль в Шебекино, ранен водитель.", date(2025, 4, 2))
    assert claim.claimant is None or claim.claimant.name == "Vyacheslav Gladkov"
    assert claim.injured == 1 and weapon(claim, "drone").launched == 1


def test_a_weapon_named_in_the_singular_is_one():
    claim = one("Вчора ворог скинув на Запоріжжя керовану авіабомбу, повідомив Іван Федоров.", date(2025, 8, 11))
    assert weapon(claim, "KAB").launched == 1
    assert claim.claimant.name == "Ivan Fedorov" and claim.time.end == date(2025, 8, 10)


def test_a_place_the_gazetteer_lacks_comes_out_romanised():
    claim = one("Украинский беспилотник атаковал автомобиль в селе Ясные Зори, сообщил Вячеслав Гладков.",
                date(2025, 11, 4))
    assert "Yasnye Zori" in [p.name for p in claim.places]


def test_a_hedged_and_rejected_claim_is_flagged():
    claim = one("Міністерство оборони Росії заявило, що нібито знищило 12 українських безпілотників над Кримом. "
                "У Силах оборони півдня цю інформацію спростували.", date(2025, 7, 10))
    assert claim.verification.status == "denied"


def test_production_is_no_attack():
    assert extract_claims("Завод в Алабузі щомісяця виробляє тисячі «Шахедів» і постачає їх армії.", lang="uk") == []


def test_the_language_can_be_forced():
    text = "Над Курской областью сбиты 14 беспилотников, сообщил губернатор Александр Хинштейн."
    assert weapon(one(text, date(2025, 6, 15), "ru"), "drone").destroyed == 14
    assert extract_claims(text, date(2025, 6, 15), "en") == []  # an English reading finds nothing


def test_a_words_lemma_prefers_the_reading_the_lexicon_uses():
    res = resources("ru")
    assert res.places.lookup("Курской").name == "Kursk Oblast"
    assert res.sources.lookup("Вячеслава Гладкова").name == "Vyacheslav Gladkov"
    assert res.weapons.lookup("шахедами").name == "Shahed-136/131"
    assert res.romanised("Отрадное") == "Otradnoye"
    assert res.romanised("Вячеслава Гладкова", declined=True) == "Vyacheslav Gladkov"


@pytest.mark.parametrize("text, lang", [
    ("Уночі Житомирщина зазнала атаки ударних дронів, повідомив голова ОВА Віталій Бунечко.", "uk"),
    ("Ночью Брянская область подверглась атаке беспилотников, сообщил губернатор Александр Богомаз.", "ru"),
])
def test_a_word_that_is_also_a_towns_name_is_read_as_the_word_in_lower_case(text, lang):
    # the Moldovan town Атаки must not make every "атаки" a name rather than the noun атака
    assert weapon(one(text, date(2025, 6, 2), lang), "drone").launched is None


def test_the_town_is_still_found_by_its_capitalised_name():
    assert [p.name for p in one("Уночі дрон влучив у склад у місті Атаки.", date(2025, 6, 2), "uk").places] == ["Otaci"]


def test_a_kind_noun_that_an_entry_declines_stays_the_noun_not_a_particle():
    # an entry written "беспилотник самолетного типа" must not make every "типа" the particle
    claim = one("Ночью противник выпустил 40 ударных БпЛА типа Shahed и дронов-имитаторов, из них 31 уничтожен.", date(2025, 6, 2))
    assert (weapon(claim, "Shahed-136/131").launched, weapon(claim, "Shahed-136/131").destroyed) == (40, 31)


def test_of_a_total_so_many_were_downed():
    claim = one("Из трех «Кинжалов», выпущенных ночью по Киеву, сбиты два, сообщили в Воздушных силах ВСУ.",
                date(2025, 12, 7))
    kinzhal = weapon(claim, "Kh-47M2 Kinzhal")
    assert (kinzhal.launched, kinzhal.destroyed) == (3, 2)


def test_a_later_figure_of_a_list_takes_the_verb_before_it():
    claim = one("По его данным, восемь БПЛА сбили над Белгородской областью, четыре БПЛА — над Курской, "
                "еще один БПЛА — над территорией Московского региона, сообщило Минобороны.", date(2025, 4, 16))
    assert sorted(w.destroyed for w in claim.weapons) == [1, 4, 8]


def places_of(text: str, published: date = date(2025, 10, 2), lang: str | None = None) -> list[str]:
    return [p.name for c in extract_claims(text, published, lang) for p in c.places]


@pytest.mark.parametrize("text", [
    "Ракета влучила в підприємство в Кривому Розі, повідомив Олександр Вілкул.",
    "Вечером баллистическая ракета попала в жилой дом в Кривом Роге.",
])
def test_a_name_of_two_words_is_found_in_any_form_of_its_case(text):
    assert "Kryvyi Rih" in places_of(text)


def test_places_that_share_a_lemma_are_told_apart_by_the_form_written():
    assert "Otradnoye" in places_of("Обломки сбитого дрона повредили дом в Отрадном.")  # not the town Otradny
    assert "Vinnytsia Oblast" in places_of("Начальник Вінницької ОВА Наталя Заболотна повідомила, що дрон влучив у склад.")


@pytest.mark.parametrize("text, towns", [
    ("Уламки дрона пошкодили склад у Бериславському районі, а в Вишгородській громаді загорівся дах гаража.",
     ["Beryslav", "Vyshhorod"]),
    ("Беспилотник атаковал ферму в Бериславском районе, сообщил Прокудин.", ["Beryslav"]),
    ("Дрони атакували Роздільнянську громаду та села Бучанського району.", ["Rozdilna", "Bucha"]),
    ("У Білоцерківському районі дрон влучив у склад.", ["Bila Tserkva"]),
    ("В Криворожском районе обломки дрона повредили ЛЭП.", ["Kryvyi Rih"]),
    ("Ворожий дрон скинув вибухівку на ферму у Великописарівській громаді.", ["Velyka Pysarivka"]),
    ("У Кременчуцькому районі уламки дрона впали на поле, а в Прилуцькому пошкоджено склад.", ["Kremenchuk"]),
])
def test_a_ukrainian_district_or_community_is_named_after_its_town(text, towns):
    assert set(towns) <= set(places_of(text))


@pytest.mark.parametrize("text, place", [
    ("Уламки дрона пошкодили дах школи у Фастівському районі, у Бучанському – вибиті вікна двох будинків.", "Bucha"),
    ("Обломки дронов упали в Шебекинском районе и в Валуйском, пострадавших нет.", "Valuysky district"),
    ("Уламки дрона впали у Солом'янському районі Києва, у Святошинському – на дорогу.", "Sviatoshynskyi district, Kyiv"),
    ("Дрон пошкодив будинок у Вишгородській громаді, а в Бородянській – лінію електропередач.", "Borodianka"),
])
def test_an_adjective_whose_place_noun_is_left_out_names_a_place_of_that_noun(text, place):
    assert place in places_of(text)


@pytest.mark.parametrize("text, place", [
    ("Губернатор Брянской области сообщил, что в Климовском районе дрон атаковал грузовик.", "Klimovsky district"),
    ("Над Каменским районом Воронежской области ночью сбили беспилотник.", "Kamensky district"),
])
def test_a_russian_district_is_named_by_its_adjective_not_by_a_town_of_the_same_stem(text, place):
    assert place in places_of(text)


@pytest.mark.parametrize("text, place", [
    ("Ночью над Грайворонским районом уничтожены три беспилотника, сообщил губернатор.", "Graivoronsky district"),
    ("Губернатор написав, що дрон атакував ферму в Погарському районі Брянської області.", "Pogarsky district"),
    ("Над Россошанським районом Воронезької області, за словами губернатора, збили два дрони.", "Rossoshansky district"),
    ("Губернатор сообщил, что в Валуйском районе дрон повредил склад.", "Valuysky district"),
    ("Губернатор сообщил, что в Клинцовском районе дрон повредил склад.", "Klintsovsky district"),
])
def test_a_russian_district_is_spelt_as_english_reports_spell_its_town(text, place):
    assert place in places_of(text)


@pytest.mark.parametrize("text, town", [
    ("Уламки збитого дрона впали на поле в Калуському районі, повідомив голова ОВА.", "Kalush"),
    ("У Золотоніському районі дрон влучив у агропідприємство, постраждалих немає.", "Zolotonosha"),
])
def test_a_town_whose_last_consonant_drops_before_the_suffix_names_its_district(text, town):
    assert town in places_of(text)


def test_a_village_told_in_another_countrys_district_is_no_namesake_of_this_country():
    places = places_of("Беспилотник сбросил взрывчатку на хутор Дубовое Белгородского района, ранен мужчина.")
    assert "Dubovoye" in places and "Dubove" not in places


@pytest.mark.parametrize("text, place", [
    ("Вчера атаке подверглась Ростовская область. Губернатор сообщил, что в Каменском районе сбиты два дрона.",
     "Kamensky district"),
    ("Дроны снова летели на Воронеж. Позже губернатор написал, что в Красноармейском районе обломки повредили сарай.",
     "Krasnoarmeysky district"),
])
def test_a_district_after_only_russian_places_is_no_ukrainian_towns_namesake(text, place):
    assert place in places_of(text)


def test_a_launch_region_named_before_leaves_a_ukrainian_district_named_after_its_town():
    assert "Beryslav" in places_of("Ворог запустив 20 дронів з Курської області. Уламки впали у Бериславському районі.")


def test_a_neighbours_district_is_named_after_its_town_where_the_report_names_that_country():
    text = ("Министерство обороны Молдовы сообщило о беспилотнике над страной. "
            "Обломки дрона нашли в Кагульском районе.")
    assert "Cahul" in places_of(text)
    assert "Borisov" not in places_of("ВСУ атаковали дроном грузовик в Борисовском районе, сообщил губернатор.")


@pytest.mark.parametrize("text, place", [
    ("Обломки беспилотника нашли в Люблинском воеводстве.", "Lublin Voivodeship"),
    ("Російський дрон упав на території Латвії.", "Latvia"),
    ("Дрон упал на поле в Гагаузии.", "Gagauzia"),
])
def test_the_neighbours_regions_and_countries_are_found_in_cyrillic(text, place):
    assert place in places_of(text)


@pytest.mark.parametrize("text", [
    "Российский беспилотник нарушил воздушное пространство Литвы и разбился у Вильнюса.",
    "Російський ударний дрон залетів у повітряний простір Литви.",
])
def test_a_drone_that_entered_a_neighbours_airspace_is_an_attack_on_it_not_by_it(text):
    claim = one(text, date(2025, 9, 9))
    assert (claim.attacker, claim.weapons[0].launched) == ("RU", 1) and "Lithuania" in [p.name for p in claim.places]


@pytest.mark.parametrize("text", [
    "На Брянщину летели восемь беспилотников, и все они были уничтожены средствами ПВО.",
    "На Сумщину летіли вісім безпілотників, і всі вони були знищені силами ППО.",
])
def test_all_of_them_after_a_count_were_downed(text):
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 9, 9)).weapons] == [(8, 8)]


@pytest.mark.parametrize("text", [
    "Ворог випустив по Миколаєву дві ракети Х-59. Обидві збили над морем, повідомили у Повітряних силах.",
    "Противник выпустил по Одессе две ракеты Х-59. Обе сбиты над морем, сообщили в Воздушных силах.",
    "Повітряні сили повідомили, що ворог випустив дві ракети Х-59; підтверджено збиття обох ракет Х-59.",
])
def test_both_told_after_a_count_were_downed(text):
    assert [(w.model, w.launched, w.destroyed) for w in one(text, date(2025, 9, 9)).weapons] == [("Kh-59/Kh-69", 2, 2)]


def test_another_kind_listed_after_a_counted_weapons_type_is_no_count_of_one():
    text = "Уночі ворог атакував Черкащину 58 ударними БпЛА типу Shahed, «Гербера» та дронами інших типів."
    assert [(w.model, w.launched) for w in one(text, date(2025, 9, 9)).weapons if w.launched] == [("Shahed-136/131", 58)]


@pytest.mark.parametrize("text", [
    "Уночі ворог випустив 61 ударний дрон. Сили ППО збили всі дрони, крім дев'яти.",
    "Russia launched 61 drones overnight. Air defences shot down all the drones except nine.",
])
def test_all_the_weapons_except_some_were_downed(text):
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 9, 9)).weapons] == [(61, 52)]


def test_a_models_letter_before_a_full_stop_ends_the_sentence():
    doc = read("Ворог випустив дві ракети Іскандер-М. Обидві збили над Черкащиною.", date(2025, 9, 9), "uk")
    assert [s.text for s in doc.sentences] == ["Ворог випустив дві ракети Іскандер-М.", "Обидві збили над Черкащиною."]


def test_a_part_of_a_part_told_with_where_it_flew_changes_no_role_of_the_list():
    text = ("Ночью средства ПВО уничтожили 57 беспилотников: 20 над Воронежской областью, 25 над Ростовской, "
            "в том числе 11 летевших на Таганрог, и 12 над Белгородской областью.")
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 9, 9)).weapons] == [(None, 57)]


def test_districts_listed_before_their_noun_are_each_a_district():
    found = places_of("Обломки ракет упали в Немышлянском и Индустриальном районах Харькова.")
    assert {"Nemyshlianskyi district, Kharkiv", "Industrialnyi district, Kharkiv"} <= set(found)


def test_graivoron_is_spelled_as_english_reports_do_and_its_old_spelling_still_resolves():
    assert "Graivoron" in places_of("Дрон атаковал грузовик в Грайвороне, водитель ранен.")
    assert resources("en").places.lookup("Grayvoron").name == "Graivoron"


def test_the_region_in_an_officials_title_is_a_place_of_the_claim():
    assert "Bryansk Oblast" in places_of("Губернатор Брянской области Александр Богомаз сообщил, что дрон атаковал автомобиль.")


@pytest.mark.parametrize("text", [
    "Силы ПВО сбили девять беспилотников над Брянской областью, по три — над Орловской и Курской областями, "
    "сообщило Минобороны.",
    "Сили ППО збили дев'ять дронів над Сумщиною, по три — над Полтавщиною та Чернігівщиною, повідомили Повітряні сили.",
])
def test_a_count_for_each_of_the_places_listed_after_it(text):
    assert sorted(w.destroyed for w in one(text, date(2025, 6, 3)).weapons) == [3, 3, 9]


def test_a_body_that_detected_the_drones_is_their_observer_not_their_sender():
    claim = one("Радіотехнічні підрозділи ПС ЗСУ виявили та супроводили 312 ударних БпЛА типу Shahed.", date(2025, 9, 9))
    assert claim.attacker == "RU"


def test_a_model_listed_after_a_counted_weapon_is_among_those_counted():
    claim = one("Уночі противник атакував 140 ударними БпЛА типу Shahed та дронами-імітаторами.", date(2025, 9, 9))
    assert [(w.model, w.launched) for w in claim.weapons] == [("Shahed-136/131", 140)]


@pytest.mark.parametrize("text, injured", [
    ("Дрон влучив у склад у Житомирі. Внаслідок атаки троє людей отримали поранення.", 3),
    ("Беспилотник атаковал склад в Курске. В результате атаки трое человек получили ранения.", 3),
    ("Ракета влучила в депо у Полтаві. Поранених — дев’ятеро, усіх госпіталізовано.", 9),
    ("Ракета попала в депо в Брянске. Ранены девятеро рабочих.", 9),
    ("Ракета попала в депо в Брянске. Среди раненых десятеро пассажиров автобуса.", 10),
])
def test_collective_numerals_count_the_injured(text, injured):
    assert one(text, date(2025, 9, 9)).injured == injured


@pytest.mark.parametrize("text, injured", [
    ("Вранці ворожий дрон атакував Суми: у центрі міста постраждав 52-річний чоловік; на околиці постраждали "
     "40-річна жінка та 71-річний чоловік.", 3),
    ("Днём беспилотник атаковал Курск: ранен 30-летний мужчина; в соседнем посёлке пострадала пожилая женщина.", 2),
    ("Уночі ракета влучила в Дніпро: поранено чоловіка, його госпіталізували.", 1),
])
def test_people_named_one_by_one_are_counted_each_once(text, injured):
    assert one(text, date(2025, 9, 9)).injured == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("Російська ракета влучила в елеватор в Ізмаїлі: загинув 44-річний вантажник, ще двоє комбайнерів дістали "
     "осколкові поранення.", 1, 2),
    ("Ракета влучила в ангар у Білгороді-Дністровському. Травмувався охоронець, його доправили до лікарні.", None, 1),
    ("Беспилотник атаковал автобус под Курском: погиб кондуктор, ранены трое пассажиров.", 1, 3),
    ("Дрон ударил по ферме в Грайвороне. Пострадала доярка — у неё осколочное ранение руки.", None, 1),
    ("Дрон ударил по рынку в Рыльске, ранены двое — продавец и покупательница.", None, 2),
])
def test_people_named_by_any_trade_are_counted(text, killed, injured):
    """The lexicon lists a few words for people; the morphology knows every noun for a person."""
    claim = one(text, date(2025, 9, 9))
    assert (claim.killed, claim.injured) == (killed, injured)


def test_who_died_of_wounds_is_killed_not_injured():
    claim = one("Вечером беспилотник атаковал Шебекино. От полученных ранений в больнице скончался мужчина.",
                date(2025, 9, 9))
    assert (claim.killed, claim.injured) == (1, None)


@pytest.mark.parametrize("text", [
    "Ракета влучила в Запоріжжя. Спершу повідомляли про 5 поранених, а згодом кількість поранених у місті зросла до 14.",
    "Ракета попала в Белгород. Число раненых в городе к вечеру возросло до 14.",
])
def test_a_toll_that_rose_is_its_latest_figure(text):
    assert one(text, date(2025, 9, 9)).injured == 14


@pytest.mark.parametrize("text, launched", [
    ("Уночі ворог запустив по Україні пів тисячі ударних дронів, повідомили Повітряні сили.", 500),
    ("Уночі ворог запустив по Україні півтори тисячі ударних дронів, повідомили Повітряні сили.", 1500),
    ("Уночі ворог запустив по Україні 1,5 тис. ударних дронів, повідомили Повітряні сили.", 1500),
    ("Ночью противник выпустил по Украине полтысячи ударных дронов, сообщили Воздушные силы ВСУ.", 500),
    ("Ночью противник выпустил по Украине 2 тысячи ударных дронов, сообщили Воздушные силы ВСУ.", 2000),
])
def test_a_part_or_a_multiple_of_a_thousand(text, launched):
    assert weapon(one(text, date(2025, 9, 9)), "drone").launched == launched


def test_half_alone_is_no_count():
    claim = one("Уночі ворог запустив 12 дронів, о пів на п'яту ранку сили ППО збили 10, повідомили Повітряні сили.")
    assert (weapon(claim, "drone").launched, weapon(claim, "drone").destroyed) == (12, 10)


@pytest.mark.parametrize("text, destroyed", [
    ("Уночі над Черніговом 5 ударних дронів було подавлено засобами РЕБ, повідомили Повітряні сили.", 5),
    ("Ночью над Брянской областью 5 беспилотников были подавлены средствами РЭБ, сообщило Минобороны России.", 5),
    ("Уночі ворог запустив 30 дронів, 20 з них локаційно втрачено, ймовірно, через дію засобів РЕБ, повідомили "
     "Повітряні сили.", None),
])
def test_drones_suppressed_by_electronic_warfare_are_destroyed_but_not_those_lost_locally(text, destroyed):
    assert weapon(one(text, date(2025, 9, 9)), "drone").destroyed == destroyed


@pytest.mark.parametrize("text", [
    "У разі загрози атаки дронів мешканців просять одразу спуститися в укриття, нагадали в Харківській ОВА.",
    "При угрозе атаки беспилотников жителей просят сразу уйти в укрытие, напомнил Вячеслав Гладков.",
])
def test_advice_for_an_attack_that_may_come_is_no_attack(text):
    assert extract_claims(text, date(2025, 9, 9)) == []


def test_an_attack_during_an_alert_is_still_one():
    claim = one("Під час тривоги над Харковом сили ППО збили три ударні дрони, повідомив Олег Синєгубов.", date(2025, 9, 9))
    assert weapon(claim, "drone").destroyed == 3


def test_ballistics_named_as_a_kind_is_no_count_of_one():
    claim = one("Ворог уночі вдарив по Миколаєву балістикою, повідомив Віталій Кім.", date(2025, 9, 9))
    assert [(w.category, w.launched) for w in claim.weapons] == [("ballistic_missile", None)]


@pytest.mark.parametrize("text", [
    "Зафіксовано щонайменше дев'ять влучань «шахедів» у Києві.",
    "Зафиксировано не менее девяти попаданий «шахедов» в Сумах.",
])
def test_hits_of_a_weapon_count_it(text):
    weapon = one(text, date(2025, 9, 9)).weapons[0]
    assert (weapon.launched, weapon.qualifier) == (9, "at_least")



@pytest.mark.parametrize("text", [
    "У Міноборони РФ заявили про 37 «збитих» дронів.",
    "В Минобороны РФ сообщили о 37 «сбитых» беспилотниках.",
])
def test_a_role_in_scare_quotes_between_count_and_weapon_is_the_counts_own(text):
    assert [(w.category, w.destroyed) for w in one(text, date(2025, 9, 9)).weapons] == [("drone", 37)]


@pytest.mark.parametrize("text, claimant, count, places", [
    ("Уночі ворог атакував м. Суми та Сумську обл. трьома ударними БпЛА типу «Шахед», повідомив Олег Григоров.\n\n"
     "Усі три дрони збили сили ППО :)", "Oleh Hryhorov", 3, ["Sumy", "Sumy Oblast"]),
    ("Ночью противник атаковал г. Белгород и пос. Майский пятью беспилотниками, сообщил Вячеслав Гладков.",
     "Vyacheslav Gladkov", 5, ["Belgorod", "Maysky"]),
])
def test_an_abbreviations_full_stop_ends_no_sentence(text, claimant, count, places):
    claim = one(text)
    assert (claim.claimant.name, weapon(claim, "drone").launched, [p.name for p in claim.places]) == (claimant, count, places)


@pytest.mark.parametrize("text", [
    "Місцеві телеграм-канали пишуть, що над Брянськом збито чотири безпілотники.",
    "Местные Telegram-каналы пишут, что над Брянском сбиты четыре беспилотника.",
])
def test_an_unnamed_group_takes_its_english_name(text):
    assert one(text, date(2025, 9, 9)).claimant.name == "Telegram channels"


def test_a_regions_adjective_declined_is_the_region_not_a_village_of_another_gender():
    claim = one("Уночі ППО збила 12 дронів у Черкаській та Житомирській областях.", date(2025, 2, 6))
    assert [p.name for p in claim.places] == ["Cherkasy Oblast", "Zhytomyr Oblast"]


def test_the_shot_down_part_of_a_neutralised_total_is_what_was_destroyed():
    text = "Ворог атакував 61 ударним БпЛА. Знешкоджено 48 дронів: 40 збито на півночі, ще 8 локаційно втрачені."
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 2, 6)).weapons] == [(61, 40)]


def test_a_districts_name_heading_a_paragraph_is_where_its_strikes_fell():
    text = "Борисовский район.\nБеспилотник атаковал грузовик, водитель ранен."
    assert [p.name for p in one(text, date(2025, 6, 2)).places] == ["Borisovsky district"]


def test_a_regions_adjective_before_district_names_the_district():
    claim = one("В Белгородском районе беспилотник атаковал легковой автомобиль.", date(2025, 6, 2))
    assert [p.name for p in claim.places] != ["Belgorod Oblast"]


def test_a_per_type_table_gives_each_type_its_launched_and_downed():
    text = ("Виявлено 30 засобів повітряного нападу:\n"
            "▪️ «Калібр» – 5 (збито 4) – з акваторії Чорного моря;\n"
            "▪️ ударні БпЛА Shahed – 25 (збито 20).")
    claim = one(text, date(2025, 2, 7))
    assert [(w.model, w.launched, w.destroyed) for w in claim.weapons] == [("Kalibr", 5, 4), ("Shahed-136/131", 25, 20)]


@pytest.mark.parametrize("text", [
    "Местные каналы сообщали, что беспилотник упал под Каширой. Официального подтверждения этой информации пока нет.",
    "По словам источника, по заводу выпустили около десяти дронов. Редакция не может независимо проверить эту информацию.",
    "Канали пишуть, що дрон влучив у нафтобазу. Офіційного підтвердження цієї інформації поки немає.",
])
def test_no_confirmation_yet_leaves_the_claim_unverified(text):
    assert one(text, date(2025, 3, 10)).verification.status == "unverified"


def test_a_model_in_quotation_marks_after_its_kind_names_the_weapon():
    claim = one("По данным источника, по заводу выпустили две ракеты «Нептун».", date(2025, 1, 14))
    assert [(w.model, w.launched) for w in claim.weapons] == [("Neptune", 2)]


def test_a_surname_speaker_is_romanised():
    claim = one("Волошин повідомив, що на Ізмаїл летіло до двох десятків дронів, 17 з них збили.", date(2024, 10, 21))
    assert claim.claimant.name == "Voloshyn"


@pytest.mark.parametrize("text, name", [
    ("Мэр города Игорь Тесленин сообщил, что обломки беспилотника повредили крышу школы.", "Igor Teslenin"),
    ("Об этом рассказала глава района Марина Белоконная: обломки дрона упали во двор.", "Marina Belokonnaya"),
    ("Глава посёлка Игорь Тесленин сообщил, что обломки беспилотника повредили крышу школы.", "Igor Teslenin"),
    ("Начальниця громади Оксана Дериколенко повідомила, що уламки дрона пошкодили склад.", "Oksana Derykolenko"),
    ("Голова громади Петро Сидоренко повідомив, що уламки дрона пошкодили склад.", "Petro Sydorenko"),  # (no vocative)
])
def test_a_persons_name_the_registry_lacks_keeps_the_gender_of_the_given_name(text, name):
    assert one(text, date(2025, 7, 2)).claimant.name == name


@pytest.mark.parametrize("text, lang, name", [
    ("Очільниця пресслужби обласної прокуратури Ірина Коваль повідомила, що уламки дрона пошкодили гараж.", "uk",
     "Iryna Koval"),
    ("Голова Сумської обласної військової адміністрації Олег Григоров повідомив, що дрон влучив у склад.", "uk",
     "Oleh Hryhorov"),
    ("Назначенный Кремлем глава оккупированного поселка Игорь Тесленин заявил, что дрон атаковал автобус.", "ru",
     "Igor Teslenin"),  # the Kremlin, in the instrumental, appointed him: no part of his title
])
def test_a_title_with_the_body_it_heads_names_the_person_after_it(text, lang, name):
    assert one(text, date(2025, 7, 2), lang).claimant.name == name


@pytest.mark.parametrize("text, lang, name", [
    ("Об этом сообщил назначенный Москвой губернатор области Евгений Балицкий. По словам главы региона, ночью над "
     "Энергодаром сбиты девять беспилотников.", "ru", "Yevgeny Balitsky"),
    ("Про це повідомив начальник Шосткинської МВА Петро Лисенко. За словами очільника МВА, уночі над містом збили "
     "шість дронів.", "uk", "Petro Lysenko"),
])
def test_a_title_given_to_a_person_in_the_text_lets_a_later_title_word_name_them(text, lang, name):
    claim = next(c for c in extract_claims(text, date(2025, 9, 3), lang) if c.weapons and c.weapons[0].destroyed)
    assert claim.claimant.name == name


@pytest.mark.parametrize("text, lang, name", [
    ("Підсумки ночі оприлюднив у своєму Telegram-каналі голова Сумської ОВА Олег Григоров.", "uk", "Oleh Hryhorov"),
    ("Об итогах ночи сообщил в своем Telegram-канале губернатор Александр Хинштейн.", "ru", "Alexander Khinshtein"),
])
def test_a_verb_then_the_channel_then_the_person_names_the_speaker(text, lang, name):
    sentence = next(iter(read(text, date(2025, 9, 3), lang).read()))
    assert sentence.claimant.name == name


@pytest.mark.parametrize("text, lang, name", [
    ("Глава Чернігівської ОВА В'ячеслав Чаус визнав, що уламки дрона пошкодили склад.", "uk", "Viacheslav Chaus"),
    ("Губернатор Вячеслав Гладков признал, что обломки дрона повредили склад.", "ru", "Vyacheslav Gladkov"),
    ("Губернатор Вячеслав Гладков пояснил, что обломки дрона повредили склад.", "ru", "Vyacheslav Gladkov"),
])
def test_one_who_admits_or_explains_is_a_speaker(text, lang, name):
    sentence = next(iter(read(text, date(2025, 9, 3), lang).read()))
    assert sentence.claimant.name == name


@pytest.mark.parametrize("text, lang", [
    ("Оперативный штаб Курской области сообщил, что за день над регионом сбиты 12 беспилотников. По данным оперштаба, "
     "еще три дрона атаковали Льгов.", "ru"),
    ("Оперативний штаб Курської області повідомив, що над регіоном збито 12 безпілотників. За даними оперштабу, ще "
     "три дрони атакували Льгов.", "uk"),
])
def test_the_operational_headquarters_named_again_is_the_one_named_before(text, lang):
    claims = extract_claims(text, date(2025, 9, 3), lang)
    assert {c.claimant.name for c in claims} == {"Kursk Region operational headquarters"}


def test_a_bodys_own_page_whose_headline_gives_its_head_the_word_is_in_the_heads_voice():
    text = ("Сумська обласна військова адміністрація\n\nОлег Григоров: підсумки доби\n\n"
            "Уночі сили ППО збили над областю 11 ударних безпілотників. У Конотопі дрон пошкодив склад.")
    assert {c.claimant.name for c in extract_claims(text, date(2025, 9, 3), "uk")} == {"Oleh Hryhorov"}


def test_a_pronoun_after_a_preposition_is_no_speaker():
    text = ("Губернатор Вячеслав Гладков сообщил, что над областью сбиты три беспилотника. Одновременно с ним мэр "
            "Белгорода Валентин Демидов сообщил, что обломки беспилотника упали во двор.")
    claims = extract_claims(text, date(2025, 7, 2), "ru")
    assert [c.claimant.name for c in claims] == ["Vyacheslav Gladkov", "Valentin Demidov"]


@pytest.mark.parametrize("text, name", [
    ("Міністерство оборони Румунії повідомило, що уламки дрона знайшли біля Плауру.", "Romanian Ministry of National Defence"),
    ("Министерство обороны Молдовы сообщило, что беспилотник упал у села Етулия.", "Moldovan Ministry of Defence"),
])
def test_a_countrys_body_named_in_cyrillic_takes_its_english_name(text, name):
    assert one(text, date(2024, 10, 21)).claimant.name == name


def test_by_his_data_speaks_for_the_official_named_before():
    text = ("Губернатор Курской области Александр Хинштейн утром опубликовал сводку за сутки. "
            "По его данным, над областью сбиты 12 беспилотников.")
    assert one(text, date(2025, 5, 14)).claimant.name == "Alexander Khinshtein"


def test_a_villages_name_stops_before_its_districts_name():
    claim = one("В селе Теткино Глушковского района дрон ударил по жилому дому.", date(2024, 10, 21))
    assert [p.name for p in claim.places] == ["Tyotkino", "Glushkovsky district"]


def test_an_adjective_before_the_place_of_a_title_keeps_the_title():
    claim = one("Глава оккупированной Горловки Иван Приходько сообщил, что дрон атаковал автобус.", date(2025, 3, 10))
    assert claim.claimant.name == "Ivan Prikhodko"


@pytest.mark.parametrize("text, status", [
    ("Губернатор сообщил, что дрон атаковал завод. Редакция не смогла независимо установить, где снято видео.",
     "unverified"),
    ("Губернатор сообщил, что дрон ударил по автобусу. В Киеве назвали сообщение инсценировкой.", "denied"),
])
def test_doubt_in_russian_in_other_words(text, status):
    assert one(text, date(2025, 2, 22)).verification.status == status


def test_ukrainian_and_russian_are_tokenized_without_spacys_exceptions():
    """Their abbreviations are the lexicon's."""
    assert [t.text for t in resources("uk").tokens("у м. Суми :)")] == ["у", "м", ".", "Суми", ":", ")"]
    assert not resources("ru").tokenizer.rules.special_cases and resources("en").tokenizer.rules.special_cases


def test_a_report_cut_off_in_a_place_name_names_that_place():
    cut = "Уночі ворог атакував Одесу 12 ударними БпЛА, запущеними з району Приморсько-Ахтарська та з тимчасово окупованої Херсо"
    assert [(p.name, p.role) for p in one(cut, date(2025, 9, 9)).places if p.role == "launch"] == [
        ("Primorsko-Akhtarsk", "launch"), ("Kherson Oblast", "launch")]
    whole_word = cut + "."  # a word that ends the sentence is not cut off
    assert "Kherson Oblast" not in [p.name for p in one(whole_word, date(2025, 9, 9)).places]


@pytest.mark.parametrize("text", [
    "Уночі дрони атакували нафтобазу, повідомило джерело. Незалежно підтвердити інформацію джерела неможливо.",
    "Ночью беспилотники атаковали нефтебазу, сообщил источник. Подтвердить эту информацию пока не удалось.",
    "Окупаційний «губернатор» заявив, що українські дрони нібито атакували два селища.",
    "Назначенный Москвой глава заявил, что украинские дроны якобы атаковали порт.",
])
def test_what_cannot_be_confirmed_or_is_said_to_have_happened_is_unverified(text):
    assert {c.verification.status for c in extract_claims(text, date(2025, 11, 12))} == {"unverified"}


def test_a_place_the_drones_were_downed_over_is_a_target_though_a_partitive_comes_first():
    text = "Міноборони Росії заявило про 40 збитих дронів. Дев'ять із них збили над Курською областю, повідомило відомство."
    places = [(p.name, p.role) for c in extract_claims(text, date(2025, 11, 12)) for p in c.places]
    assert ("Kursk Oblast", "target") in places and ("Kursk Oblast", "launch") not in places


def test_a_surname_the_dictionary_lacks_is_found_in_any_case():
    text = "Вечером, по словам Синегубова, российские войска сбросили на Купянск три управляемые авиабомбы."
    [claim] = extract_claims(text, date(2025, 10, 8))
    assert claim.claimant.name == "Oleh Syniehubov"


def test_a_count_with_its_participles_in_quotes_before_the_weapon():
    text = "Міноборони Росії відзвітувало про 48 «перехоплені та знищені» українські безпілотники над трьома регіонами."
    [claim] = extract_claims(text, date(2025, 11, 12))
    assert (claim.claimant.name, [(w.category, w.destroyed) for w in claim.weapons]) == (
        "Russian Defence Ministry", [("drone", 48)])


def test_districts_listed_by_their_adjectives_are_each_named_in_the_country_of_the_towns_beside_them():
    text = "Ночью над Лискинским, Острогожским и Каменским районами, а также над Нововоронежем сбиты девять беспилотников."
    names = [p.name for c in extract_claims(text, date(2025, 9, 9)) for p in c.places]
    assert names[:3] == ["Liskinsky district", "Ostrogozhsky district", "Kamensky district"] and "Novovoronezh" in names


def test_thousands_written_with_a_space_are_one_number():
    [claim] = extract_claims("Ворог випустив по Україні 1 250 ударних дронів, повідомили Повітряні сили.", date(2025, 11, 1))
    assert claim.weapons[0].launched == 1250


def test_a_town_whose_name_ends_in_a_vowel_is_found_in_another_case():
    text = "Уночі ворог запустив 40 шахедів з районів Міллерова та Курська, повідомили Повітряні сили."
    launch = [p.name for c in extract_claims(text, date(2025, 11, 1)) for p in c.places if p.role == "launch"]
    assert "Millerovo" in launch


def test_he_after_a_quotation_is_the_named_person_before_it_not_a_body_named_in_between():
    text = ("Мэр города Игорь Терехов написал, что силами ПВО Минобороны сбиты два беспилотника. "
            "«Спасатели работают на месте», — добавил он.")
    doc = read(text, date(2025, 9, 21), "ru")
    assert {s.claimant.name for s in doc.sentences if s.claimant} == {"Ihor Terekhov"}


def test_a_counting_noun_multiplies_the_number_before_it():
    [claim] = extract_claims("Над містом сили ППО збили близько трьох десятків ворожих дронів.", date(2025, 10, 23))
    assert [(w.destroyed, w.qualifier) for w in claim.weapons] == [(30, "about")]


def test_the_russian_spelling_of_drone_is_read_in_ukrainian_too():
    claim = one("Уночі над Херсонщиною сили ППО збили 14 російських безпилотників, повідомили в ОВА.", date(2025, 6, 2))
    assert (weapon(claim, "drone").destroyed, claim.attacker) == (14, "RU")


@pytest.mark.parametrize("text", [
    "За версією російського відомства, уночі над Курською областю збито дев'ять українських дронів.",
    "Там стверджують, що уночі над Курською областю збито дев'ять українських дронів.",
])
def test_a_version_and_there_they_say_are_the_bodys_words(text):
    claims = extract_claims("Міноборони РФ звинуватило Україну в атаці на Курщину. " + text, date(2025, 6, 2))
    assert [(c.claimant.name, weapon(c, "drone").destroyed) for c in claims if c.weapons] == [
        ("Russian Defence Ministry", 9)]


def test_the_air_force_counting_the_enemys_drones_is_the_defending_sides():
    text = ("Міноборони РФ заявило, що сили ППО знищили 20 українських дронів над Брянщиною. "
            "Тим часом, за даними Повітряних сил, ворог запустив по Україні 96 ударних БпЛА.")
    voices = {c.claimant.name: c.attacker for c in extract_claims(text, date(2025, 6, 2))}
    assert voices == {"Russian Defence Ministry": "UA", "Ukrainian Air Force": "RU"}


def test_air_defence_downing_the_enemys_drones_over_occupied_land_is_the_attacked_sides():
    text = ("ПВО за ночь уничтожила 40 украинских беспилотников над Крымом\n\n"
            "В ночь на 2 июня над Крымом перехвачены 40 украинских беспилотников, сообщили в Минобороны России.")
    claim = one(text, date(2025, 6, 2))
    assert (claim.claimant.name, claim.attacker) == ("Russian Defence Ministry", "UA")


def test_a_count_after_a_place_and_a_dash_is_the_weapon_counted_before():
    text = "Над Смоленской областью сбиты 11 беспилотников, над Тверской — семь, над Псковской — два."
    assert [w.destroyed for c in extract_claims(text, date(2025, 6, 2)) for w in c.weapons] == [11, 7, 2]


@pytest.mark.parametrize("text", ["Росія запустила 48 дронів. Збити вдалося 31, ще 12 локаційно втрачені.",
                                  "Россия запустила 48 дронов. Сбить удалось 31, еще 12 локационно потеряны."])
def test_managed_to_shoot_down_so_many_of_those_told(text):
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 6, 2)).weapons] == [(48, 31)]


def test_half_a_hundred_is_fifty():
    claim = one("Этой ночью противник запустил по Одессе около полусотни ударных дронов.", date(2025, 6, 2))
    assert (weapon(claim, "drone").launched, weapon(claim, "drone").qualifier) == (50, "about")


def test_a_claim_called_a_lie_in_the_instrumental_is_denied():
    text = ("Минобороны России заявило, что уничтожило 30 украинских беспилотников над Курской областью. "
            "Губернатор назвал эти данные ложью.")
    assert any(c.verification.status in ("denied", "disputed") for c in extract_claims(text, date(2025, 6, 2)))


def test_a_surname_is_the_person_named_before_in_either_script():
    text = ("Начальник Запорожской ОВА Иван Федоров сообщил, что ночью россияне атаковали город. "
            "За сутки оккупанты сбросили на область восемь управляемых авиабомб, сообщил Федоров.")
    assert {c.claimant.name for c in extract_claims(text, date(2025, 6, 2))} == {"Ivan Fedorov"}


@pytest.mark.parametrize("text", [
    "Джерело в СБУ заявило, що 12 дронів уразили НПЗ. Губернатор фактично заперечує, що удар завдав шкоди.",
    "Источник в СБУ заявил, что 12 дронов поразили НПЗ. Губернатор отрицает, что удар нанес ущерб.",
])
def test_denying_that_a_strike_did_harm_flags_the_claim(text):
    assert any(c.verification.status != "asserted" for c in extract_claims(text, date(2025, 6, 2)))


@pytest.mark.parametrize("text, district", [
    ("Уламки дрона впали у Дніпровському районі Запоріжжя.", "Dniprovskyi district, Zaporizhzhia"),
    ("Уламки дрона впали у Дніпровському районі Києва.", "Dniprovskyi district, Kyiv"),
    ("Уламки дрона впали у Заводському районі Миколаєва.", "Zavodskyi district, Mykolaiv"),
])
def test_a_city_district_named_in_cyrillic_is_the_district_of_the_city_named(text, district):
    doc = read(text, date(2025, 6, 2), detect_language(text))
    assert district in [p.name for s in doc.sentences for p in s.places]


def test_a_model_named_after_its_plural_class_noun_is_no_count_of_one():
    claim = one("Ворог випустив балістичні ракети «Іскандер-М» з Курської області.", date(2025, 6, 2))
    assert weapon(claim, "Iskander-M").launched is None


def test_aeroballistic_missiles_counted_with_a_launch_area_after_a_dash():
    claim = one("Ворог запустив 3 аеробалістичні ракети Х-47М2 «Кинджал» (район пуску – Липецька обл.).", date(2025, 6, 2))
    assert weapon(claim, "Kh-47M2 Kinzhal").launched == 3
    assert [(p.name, p.role) for p in claim.places if p.name.startswith("Lipetsk")] == [("Lipetsk Oblast", "launch")]


def test_the_platform_a_post_was_published_on_is_not_its_author():
    claim = one("Вночі ворог атакував Суми трьома дронами. Про це у Телеграм повідомив голова ОВА Олег Григоров.",
                date(2025, 6, 2))
    assert claim.claimant.name == "Oleh Hryhorov"


def test_the_air_forces_own_post_headed_with_its_short_name_is_its_claim():
    text = ("Повітряні Сили ЗС України\n09.02.2025 09:47\n\n"
            "У ніч на 9 лютого противник атакував Україну 40 ударними БпЛА. Збито 31 ворожий дрон.")
    assert one(text).claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text", [
    "Всего за сутки ВСУ выпустили по территории региона 48 беспилотников, из них 17 сбиты и подавлены.",
    "Загалом за добу ворог випустив по території області 48 дронів, з них 17 збито.",
])
def test_a_part_told_after_its_whole_is_its_share_not_a_count_of_its_own(text):
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 6, 2)).weapons] == [(48, 17)]


def test_a_part_whose_verb_is_in_quotes_is_still_its_share():
    text = "За версією відомства, на область летіли дев'ять БпЛА, сім із них «знищено черговими засобами ППО»."
    assert [(w.launched, w.destroyed) for w in one(text, date(2025, 6, 2)).weapons] == [(9, 7)]


@pytest.mark.parametrize("text", ["Двоє працівників дістали травми, їх госпіталізували.",
                                  "Двое рабочих получили ранения и доставлены в больницу."])
def test_people_who_got_injuries_are_counted(text):
    doc = read("Вночі ворог атакував Одесу ракетами. " + text, date(2025, 6, 2), detect_language(text))
    assert max(s.injured or 0 for s in doc.sentences) == 2


def test_an_outlet_told_in_the_dative_is_the_listener_and_the_title_after_the_verb_names_the_speaker():
    text = ("Уночі ворог атакував Сумщину 15 ударними дронами. "
            "Про це Суспільному розповів начальник Сумської обласної військової адміністрації Олег Григоров.")
    assert {c.claimant.name for c in extract_claims(text, date(2025, 6, 2))} == {"Oleh Hryhorov"}


@pytest.mark.parametrize("text", ["Росія нині виробляє близько 2700 «шахедів» на місяць і нарощує випуск.",
                                  "Russia now builds about 2,700 \"Geran\" drones a month and is expanding output."])
def test_a_rate_with_a_quoted_weapon_name_is_no_attack(text):
    assert extract_claims(text, date(2025, 6, 2)) == [] or all(
        w.launched is None for c in extract_claims(text, date(2025, 6, 2)) for w in c.weapons)


@pytest.mark.parametrize("text, expected", [
    ("По данным источника, по заводу запустили более 20 дальнобойных дронов «Лютый».", [("Liutyi", 20, None, "at_least")]),
    ("За даними джерела, по заводу запустили понад 20 далекобійних дронів «Лютий».", [("Liutyi", 20, None, "at_least")]),
])
def test_long_range_drones_named_by_type_are_counted_and_no_place(text, expected):
    claim = one(text)
    assert [(w.model, w.launched, w.destroyed, w.qualifier) for w in claim.weapons] == expected
    assert (claim.places, claim.time.text) == ([], None)  # («Лютий» is the drone, not February)


@pytest.mark.parametrize("text, expected", [
    ("Ворог запустив 40 ударних дронів, збито всі, крім шести.", (None, 40, 34)),
    ("Противник выпустил 40 беспилотников, сбиты все, кроме шести.", (None, 40, 34)),
    ("«Із 40 шахедів збили всі, крім шести», — сказав речник.", ("Shahed-136/131", 40, 34)),
    ("Из 40 беспилотников сбиты все.", (None, 40, 40)),
    ("Russia launched 40 drones; all except six were shot down.", (None, 40, 34)),
])
def test_all_but_some_downed_in_every_language(text, expected):
    assert [(w.model, w.launched, w.destroyed) for w in one(text).weapons] == [expected]


@pytest.mark.parametrize("text", ["За сутки перехвачены четыре реактивных снаряда HIMARS.",
                                  "За добу збито чотири реактивні снаряди HIMARS."])
def test_rockets_of_a_launcher_named_by_its_type_are_counted(text):
    assert [(w.model, w.destroyed) for w in one(text).weapons] == [("HIMARS/GMLRS", 4)]


@pytest.mark.parametrize("text, count", [("ПВО сбили пять реактивных снарядов системы залпового огня HIMARS.", 5),
                                         ("Збито сім реактивних снарядів системи HIMARS, заявили в міністерстві.", 7)])
def test_rockets_of_a_launcher_system_named_after_them_are_counted(text, count):
    assert [(w.model, w.destroyed) for w in one(text).weapons] == [("HIMARS/GMLRS", count)]


def test_a_body_never_named_is_given_in_english():
    text = "Над Бессарабкой сбили два беспилотника. В полиции уточнили, что обломки упали в поле."
    names = [c.claimant.name for c in extract_claims(text, date(2025, 3, 10)) if c.claimant]
    assert names and all(name.isascii() for name in names)  # ("service", not the declined "полиции")


@pytest.mark.parametrize("text", [
    "Росіяни випустили по місту дві балістичні ракети «Іскандер-М». Збити їх не вдалося.",
    "Противник выпустил две баллистические ракеты «Искандер-М», сбить их не удалось.",
    "Russia fired two Iskander-M missiles at the city. They could not be intercepted.",
])
def test_weapons_that_could_not_be_downed_none_were(text):
    assert [(w.model, w.launched, w.destroyed) for w in one(text).weapons] == [("Iskander-M", 2, 0)]


@pytest.mark.parametrize("text", [
    "Окупанти випустили по Херсону дві ракети «Іскандер-М». Обидві ракети перехопити не вдалося.",
    "Оккупанты выпустили по Херсону две ракеты «Искандер-М». Обе ракеты сбить не удалось.",
    "Russia fired two Iskander-M missiles at Kherson. Both missiles could not be intercepted.",
])
def test_both_weapons_that_could_not_be_downed_were_launched_and_none_downed(text):
    assert [(w.model, w.launched, w.destroyed) for w in one(text).weapons] == [("Iskander-M", 2, 0)]


def test_all_of_a_count_launched_then_one_downed_is_not_all_downed():
    text = "Речник зазначив: усі три «кинджали» росіяни випустили по Хмельниччині, одну ракету вдалося збити."
    assert [(w.model, w.launched, w.destroyed) for w in one(text).weapons] == [("Kh-47M2 Kinzhal", 3, 1)]


@pytest.mark.parametrize("text", [
    "В Киеве ранее заявляли о планах произвести в этом году не менее 20 тыс. дальнобойных дронов.",
    "У Києві планують виробити цього року не менше 20 тисяч далекобійних дронів.",
])
def test_drones_a_side_plans_to_make_are_no_attack(text):
    assert [w for c in extract_claims(text, date(2025, 3, 10)) for w in c.weapons if w.launched] == []


def test_a_capitalised_word_that_is_no_name_opens_no_speaker():
    text = "Перші повідомлення про вибухи з'явилися вночі. Над Енгельсом пролетіли щонайменше десять дронів."
    assert not any(m.kind == "surname" for s in read(text, date(2025, 1, 8), "uk").sentences for m in s.mentions)


def test_the_country_struck_is_not_the_side_that_struck():
    text = "У неділю вночі Росія знову завдала по Україні масованого удару: 210 дронів і 18 ракет, повідомили Повітряні сили."
    assert one(text, date(2025, 5, 4)).attacker != "UA"


@pytest.mark.parametrize("text", [
    "Сили ППО нарахували 312 засобів повітряного нападу: 290 дронів і 22 ракети.",
    "Повітряні сили оприлюднили дані за ніч: ворог випустив 290 дронів і 22 ракети.",
    "В ВСУ насчитали за ночь 290 дронов и 22 ракеты.",
])
def test_a_body_that_counted_or_published_the_figures_is_their_source(text):
    assert one(text, date(2025, 5, 4)).claimant is not None


@pytest.mark.parametrize("text, expected", [
    ("Вночі ворог запустив 90 дронів. З них знешкоджено 70 дронів, ще 15 локаційно втрачені.", [("drone", 90, 70)]),
    ("Ночью противник запустил 90 дронов. Уничтожены 70 дронов, 15 беспилотников локационно потеряны.", [("drone", 90, 70)]),
])
def test_counts_after_of_them_take_their_own_verb_and_the_lost_are_not_downed(text, expected):
    assert [(w.category, w.launched, w.destroyed) for w in one(text, date(2025, 5, 4)).weapons] == expected


@pytest.mark.parametrize("text, place", [
    ("Уночі над Дунаєм сили ППО збили чотири шахеди.", "Danube"),
    ("Ночью над Каспийским морем пролетели ракеты Х-101, их пуски зафиксировали в 03:10.", "Caspian Sea"),
    ("Ворожі дрони атакували Ізмаїльський район, пошкоджено склад.", "Izmail"),
    ("Вночі ворог атакував дронами Білопільську громаду.", "Bilopillia"),
    ("Дрон атакував Шосткинський район Сумської області.", "Shostka"),
])
def test_rivers_and_the_towns_districts_are_named_after_are_found(text, place):
    assert place in {p.name for c in extract_claims(text, date(2025, 6, 2)) for p in c.places}


@pytest.mark.parametrize("text, wrong", [
    ("Ночью беспилотники атаковали Каменский район Ростовской области.", "Kamensk-Uralsky"),
    ("При падении обломков дрона в Заводском районе Саратова повреждено предприятие.", "Zavodske"),
])
def test_a_russian_district_named_by_its_adjective_is_no_distant_namesake_town(text, wrong):
    names = {p.name for c in extract_claims(text, date(2025, 6, 2)) for p in c.places}
    assert wrong not in names and any(" district" in name for name in names)


def test_a_model_written_with_its_numbers_reversed_is_that_model():
    claim = one("Ночью россияне запустили 40 ударных БпЛА «Шахед-131/136».", date(2025, 6, 2))
    assert [(w.model, w.launched) for w in claim.weapons] == [("Shahed-136/131", 40)]


@pytest.mark.parametrize("text, name", [
    ("Минобороны Румынии заявило, что над уездом Тулча радары засекли один беспилотник.", "Romanian Ministry of National Defence"),
    ("Минобороны Польши сообщило, что ночью над страной сбиты три беспилотника.", "Polish Ministry of National Defence"),
    ("Минобороны России сообщило, что ночью над Курской областью сбиты 12 беспилотников.", "Russian Defence Ministry"),
])
def test_a_ministry_followed_by_its_country_is_that_countrys(text, name):
    assert one(text, date(2025, 6, 2)).claimant.name == name


@pytest.mark.parametrize("text, name", [
    ("Моніторинговий канал «Південна варта» повідомив, що над Ізмаїлом пролетіли 20 шахедів.", "Pivdenna Varta"),
    ("Как сообщил телеграм-канал «Курский дозор», над городом сбиты семь беспилотников.", "Kursky Dozor"),
])
def test_a_channel_named_in_quotes_after_its_noun_is_the_source_in_latin_letters(text, name):
    assert one(text, date(2025, 6, 2)).claimant.name == name


@pytest.mark.parametrize("text", [
    "Уночі ворог запустив 45 ударних БпЛА з мису Чауда в Криму.",
    "Ночью противник запустил 45 ударных БПЛА с мыса Чауда в Крыму.",
])
def test_a_place_whose_name_opens_with_a_lower_case_noun_is_found(text):
    assert "Cape Chauda" in {p.name for p in one(text, date(2025, 6, 2)).places}


def test_a_numeral_is_read_as_a_numeral_though_a_village_shares_a_form_of_its_lemma():
    # the gazetteer's village «П'ята» must not make «п'яти» (of five) the noun «п'ята»
    claim = one("Сили ППО знищили чотири з п'яти ракет «Калібр».", date(2025, 6, 2))
    assert [(w.model, w.launched, w.destroyed) for w in claim.weapons] == [("Kalibr", 5, 4)]


def test_a_side_speaking_from_its_capital_is_named_in_latin_letters():
    claim = one("В Киеве заявили, что ночью по российским аэродромам запущены 40 дронов.", date(2025, 6, 2))
    assert claim.claimant.name == "Kyiv"


def test_after_according_to_a_title_the_subject_of_the_clause_is_the_attacker_not_an_apposition():
    text = "По словам губернатора, ВСУ запустили по области 19 беспилотников, 11 из них сбиты."
    assert one(text, date(2025, 6, 2)).claimant.name != "Ukrainian military"


@pytest.mark.parametrize("text, name", [
    ("За підрахунками Повітряних сил, уночі над країною знищили 37 ударних дронів.", "Ukrainian Air Force"),
    ("Над Брянской областью ночью сбиты девять беспилотников, по подсчетам Минобороны России.", "Russian Defence Ministry"),
    ("По оценке Минобороны России, над Курской областью за сутки сбиты 14 беспилотников.", "Russian Defence Ministry"),
])
def test_by_someones_count_or_estimate_names_the_source(text, name):
    assert one(text, date(2025, 6, 2)).claimant.name == name


@pytest.mark.parametrize("text", [
    "Обидва безпілотники збили над Ніжином.",
    "Оба беспилотника, летевшие на Курчатов, уничтожены средствами ПВО.",
    "Обидві ракети, випущені з Бєлгородщини, перехопила протиповітряна оборона.",
])
def test_both_opening_the_clause_counts_what_came_and_what_was_downed(text):
    claim = one(text, date(2025, 6, 2))
    assert [(w.launched, w.destroyed) for w in claim.weapons] == [(2, 2)]


def test_an_aside_that_says_they_were_downed_holds_when_the_verb_says_they_fell():
    claim = one("Губернатор сообщил, что три беспилотника, сбитых над районом, упали в поле.", date(2025, 6, 2))
    assert claim.weapons[0].destroyed == 3


@pytest.mark.parametrize("text, name", [
    ("Губернатор города Михаил Развожаев сообщил, что над Балаклавой сбиты четыре беспилотника.", "Mikhail Razvozhayev"),
    ("Голова області Вадим Філашкін повідомив, що ворог випустив по Краматорську дві ракети.", "Vadym Filashkin"),
])
def test_a_title_and_the_name_after_it_with_no_comma_are_the_person(text, name):
    assert one(text, date(2025, 6, 2)).claimant.name == name


@pytest.mark.parametrize("text, name", [
    ("Як повідомляв Суспільне, губернатор Бєлгородської області В'ячеслав Гладков заявив, що над областю збили "
     "шість дронів.", "Vyacheslav Gladkov"),
    ("Про це РБК-Україні сказало обізнане джерело в СБУ: уночі дрони уразили нафтобазу в Брянській області.",
     "Security Service of Ukraine"),
])
def test_the_outlet_that_relays_or_listens_is_not_the_source(text, name):
    assert one(text, date(2025, 6, 2)).claimant.name == name


def test_a_note_that_the_counts_below_are_a_sources_gives_them_that_source():
    text = ("Найбільші удари місяця. Тут і далі кількість дронів подано за даними Повітряних сил.\n\n"
            "Травень почався з тривог. Мер Києва Віталій Кличко заявив, що укриття відкриті цілодобово.\n\n"
            "У ніч на 4 травня ворог запустив 212 ударних дронів.")
    assert one(text, date(2025, 5, 31)).claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text, name", [
    ("Дві доби на Чернігівщині: на громади впали 12 КАБ\n\n18 серпня 2025\nІрина Мельник\n\n"
     "За вихідні російські війська завдали по прикордонню області 64 удари. Подаємо дані Чернігівської обласної "
     "військової адміністрації за кожну добу окремо.\n\nСУБОТА, 16 СЕРПНЯ\n\n"
     "Новгород-Сіверська громада. Ворог скинув на село дві керовані авіабомби.", "Chernihiv Regional Military Administration"),
    ("Выходные в Курской области: сбиты 40 беспилотников\n\n18 августа 2025\nИрина Мельник\n\n"
     "За выходные над регионом было неспокойно. Приводим данные губернатора Александра Хинштейна по дням.\n\n"
     "СУББОТА, 16 АВГУСТА\n\nВ Рыльске украинский дрон атаковал автомобиль.", "Alexander Khinshtein"),
    ("Two days in the Kharkiv region: 12 guided bombs on border communities\n\n18 August 2025\nBy Iryna Melnyk\n\n"
     "Russian forces struck the border 64 times over the weekend. Below are the Kharkiv Regional Military "
     "Administration's figures for each day.\n\nSATURDAY, 16 AUGUST\n\n"
     "Kupiansk community. The enemy dropped two guided bombs on the town.", "Kharkiv Regional Military Administration"),
])
def test_an_outlets_line_presenting_a_bodys_data_gives_its_headline_that_voice(text, name):
    assert {c.claimant.name for c in extract_claims(text, date(2025, 8, 18))} == {name}


@pytest.mark.parametrize("text, attacker", [
    ("Вооруженные силы России в ночь на субботу нанесли удар ударными беспилотниками по аэродромам.", "RU"),
    ("Сили оборони України минулої ночі атакували дронами нафтобазу.", "UA"),
])
def test_a_force_named_with_its_country_after_it_is_that_countrys_attack(text, attacker):
    assert one(text, date(2025, 6, 2)).attacker == attacker


@pytest.mark.parametrize("text", [
    "Уночі російський дрон влучив у багатоповерхівку в Сумах. Упродовж ранку голова ОВА Олег Григоров кілька разів "
    "оновлював дані про постраждалих: «Поранено п'ятеро людей, серед них дитина».",
    "Ночью российский дрон попал в многоэтажку в Сумах. Утром глава ОВА Олег Григоров несколько раз обновлял данные "
    "о пострадавших: «Ранены пять человек, среди них ребенок».",
])
def test_an_official_who_updates_the_figures_speaks_for_them(text):
    [claim] = extract_claims(text, date(2025, 6, 2))
    assert (claim.claimant.name, claim.injured) == ("Oleh Hryhorov", 5)


@pytest.mark.parametrize("text, lang, name", [
    ("Над Конотопом уночі збили шість дронів, йдеться в ранковому зведенні Сумської обласної військової адміністрації.",
     "uk", "Sumy Regional Military Administration"),
    ("Над Курчатовом ночью сбиты шесть беспилотников, говорится в сводке Министерства обороны России.",
     "ru", "Russian Defence Ministry"),
])
def test_what_a_bodys_summary_says_is_the_bodys(text, lang, name):
    [claim] = read(text, date(2025, 6, 2), lang).claims
    assert claim.claimant.name == name


@pytest.mark.parametrize("text, lang", [
    ("Губернатор Брянской области Александр Богомаз сообщил о пожаре в Клинцах. В Минобороны России утром доложили "
     "о 21 беспилотнике, перехваченном над Брянской областью.", "ru"),
    ("Голова Сумської ОВА Олег Григоров повідомив про пожежу в Шостці. У Міноборони РФ уранці доповіли про 21 "
     "безпілотник, збитий над Брянською областю.", "uk"),
])
def test_a_body_that_reported_a_count_speaks_for_it(text, lang):
    [claim] = [c for c in read(text, date(2025, 6, 2), lang).claims if c.weapons and c.weapons[0].destroyed]
    assert claim.claimant.name == "Russian Defence Ministry"


@pytest.mark.parametrize("text, lang", [
    ("Вечером губернатор Курской области Александр Хинштейн подвёл итоги дня в приграничье.\n\n"
     "Сообщение главы региона приводим без сокращений.\n\n«В Рыльске дрон атаковал грузовик, водитель ранен.»", "ru"),
    ("Увечері голова Сумської ОВА Олег Григоров підбив підсумки дня у прикордонні.\n\n"
     "Допис очільника області наводимо повністю.\n\n«У Шостці дрон влучив у вантажівку, водія поранено.»", "uk"),
])
def test_a_post_quoted_in_full_is_in_the_voice_of_the_official_it_belongs_to(text, lang):
    [claim] = read(text, date(2025, 6, 2), lang).claims
    assert claim.claimant.name in ("Alexander Khinshtein", "Oleh Hryhorov")


def test_air_defence_acting_inside_a_post_quoted_after_a_governors_sentence_is_the_governors_word():
    text = ("Губернатор Воронежской области Александр Гусев сообщил о ночной атаке.\n\n"
            "Об отражении атаки глава региона написал утром. Вот его пост:\n\n"
            "«Ночью ВСУ атаковали область беспилотниками.\n\nСилами ПВО уничтожены 12 БПЛА над Лискинским районом.\n\n"
            "Пострадавших нет».")
    [claim] = [c for c in read(text, date(2025, 6, 2), "ru").claims if c.weapons and c.weapons[0].destroyed]
    assert claim.claimant.name == "Alexander Gusev"


def test_a_report_that_retells_a_bodys_summary_tells_its_other_figures_in_that_voice():
    text = ("За добу росіяни 60 разів обстріляли прикордоння, йдеться в ранковому зведенні Сумської обласної "
            "військової адміністрації.\n\nАвіація противника завдала чотирьох ударів керованими авіабомбами.\n\n"
            "Мер Сум Артем Кобзар повідомив про пошкоджений дах школи.")
    [claim] = [c for c in read(text, date(2025, 6, 2), "uk").claims if c.weapons and c.weapons[0].launched]
    assert (claim.claimant.name, claim.weapons[0].launched) == ("Sumy Regional Military Administration", 4)


def test_a_voice_after_its_verb_and_a_preposition_speaks_for_the_clause_before():
    text = ("Ночью враг выпустил по Украине 40 дронов. Еще 12 беспилотников пропали с радаров, а два улетели в сторону "
            "Беларуси, уточнили в Воздушных силах.")
    assert extract_claims(text, date(2025, 6, 2), None)[-1].claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text", [
    "Ворог випустив по Одесі дві ракети «Іскандер-М» і 30 дронів. ППО збила 25 дронів, а ракети збити не вдалося.",
    "Противник выпустил две ракеты «Искандер-М» и 30 дронов. Сбито 25 дронов. Ракеты сбить не удалось.",
    "Ворог застосував дві ракети «Іскандер-М» і 30 дронів. Знешкоджено 25 дронів, ракети перехопити не вдалося.",
    "Ворог застосував дві ракети «Іскандер-М» і 30 дронів. Знешкоджено 25 дронів. Ракети не перехоплено.",
    "Противник применил две ракеты «Искандер-М» и 30 дронов. Уничтожено 25 дронов, ракеты не сбиты.",
])
def test_weapons_named_before_a_failed_downing_none_were(text):
    counts = {w.model or w.category: (w.launched, w.destroyed) for w in one(text).weapons}
    assert counts == {"Iskander-M": (2, 0), "drone": (30, 25)}


@pytest.mark.parametrize("text", [
    "Ворог застосував 60 дронів і три ракети «Калібр». Збито 52 дрони та одну з ракет.",
    "Противник применил 60 дронов и три ракеты «Калибр». Уничтожены 52 дрона и одна из ракет.",
])
def test_one_of_the_missiles_told_before_is_a_part_of_them(text):
    counts = {w.model or w.category: (w.launched, w.destroyed) for w in one(text).weapons}
    assert counts == {"drone": (60, 52), "Kalibr": (3, 1)}


@pytest.mark.parametrize("text, expected", [
    ("Над Черкащиною вночі збили близько десятка ворожих дронів.", (None, 10, "about")),
    ("Над Брянской областью уничтожено более десятка беспилотников.", (None, 10, "at_least")),
    ("Ночью над Сумами сбили десяток дронов.", (None, 10, "exact")),
    ("Ворог запустив два десятки дронів.", (20, None, "exact")),
])
def test_a_single_ten_counts_ten_and_tens_stay_vague(text, expected):
    assert [(w.launched, w.destroyed, w.qualifier) for w in one(text).weapons] == [expected]


def test_tens_of_drones_are_no_count():
    assert [(w.launched, w.destroyed) for w in one("Десятки дронів атакували Харківщину вночі.").weapons] == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    ("За ночь над областью уничтожили больше сорока беспилотников.", (None, 40, "at_least")),
    ("Ворог випустив близько сорока п'яти дронів.", (45, None, "about")),
])
def test_forty_in_its_oblique_case_is_a_number_not_the_bird(text, expected):
    assert [(w.launched, w.destroyed, w.qualifier) for w in one(text).weapons] == [expected]


@pytest.mark.parametrize("text", [
    "Загальні бойові втрати ворога станом на ранок склали: ударні БпЛА — 61 200 (+240), крилаті ракети — 3 812 (+4).",
    "Боевые потери противника за всё время: крылатые ракеты — 2 950 (+3).",
    "крилаті ракети — 3 812 (+4);",
])
def test_a_general_staffs_war_long_losses_are_no_attack(text):
    assert extract_claims(text, date(2025, 6, 1)) == []


@pytest.mark.parametrize("text", [
    "Із 35 ударних дронів 31 мобільні вогневі групи збили над Полтавщиною.",
    "Из 35 беспилотников 31 дежурные средства ПВО уничтожили над Орловской областью.",
])
def test_a_part_told_before_the_subject_of_its_verb_is_destroyed(text):
    assert [(w.launched, w.destroyed) for w in one(text).weapons] == [(35, 31)]


@pytest.mark.parametrize("text", [
    "Ворог випустив по Кривому Рогу балістичну ракету. Ракету збити не вдалося.",
    "Противник выпустил по Харькову баллистическую ракету. Ракету сбить не удалось.",
])
def test_one_missile_that_could_not_be_downed_is_not_one_more_downed(text):
    assert [(w.launched, w.destroyed) for w in one(text).weapons] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "У Чорному морі чергує один ракетоносій із сумарним залпом до восьми «Калібрів».",
    "В Средиземном море находятся три носителя «Калибров» с суммарным залпом до 24 ракет.",
    "Two Russian ships on duty in the Black Sea carry Kalibr missiles, a combined salvo of up to 12.",
])
def test_ships_on_duty_and_their_salvo_are_no_attack(text):
    assert extract_claims(text, date(2025, 6, 1)) == []


@pytest.mark.parametrize("text", [
    "Моніторинговий проєкт нарахував щонайменше чотири «шахеди» над Гомельщиною. Перший дрон перетнув кордон о 01:15.",
    "Мониторы насчитали не менее четырех «шахедов» над Гомельской областью. Первый дрон пересек границу в 01:15.",
])
def test_the_first_of_those_counted_is_no_weapon_more(text):
    assert [w.launched for c in extract_claims(text, date(2025, 6, 1)) for w in c.weapons] == [4]


@pytest.mark.parametrize("text", ["Уночі внаслідок удару «Герані-2» у Павлограді пошкоджено склад.",
                                  "Ночью в результате удара «Герани-2» в Павлограде поврежден склад."])
def test_a_geran_named_in_another_case_is_a_shahed(text):
    assert [w.model for w in one(text).weapons] == ["Shahed-136/131"]


def test_a_quotation_opened_by_guillemets_after_a_full_stop_is_a_sentence_of_its_own():
    text = ("Глава района Сергей Бойко рассказал об атаке. «Над районом сбиты не менее шести беспилотников», "
            "— написал он.")
    claim = one(text)
    assert claim.claimant.name == "Sergey Boyko" and claim.weapons[0].destroyed == 6


@pytest.mark.parametrize("text, lang, name, place", [
    ("Мэр Брянска Андрей Петров сообщил, что ночью над городом сбиты два беспилотника.", "ru", "Andrey Petrov", "Bryansk"),
    ("Міський голова Полтави Іван Коваленко повідомив, що вночі над містом збили три дрони.", "uk", "Ivan Kovalenko",
     "Poltava"),
])
def test_a_city_named_in_a_title_before_a_whole_name_is_the_place_of_its_figures(text, lang, name, place):
    claim = one(text, date(2025, 6, 2), lang)
    assert claim.claimant.name == name and place in [p.name for p in claim.places]


@pytest.mark.parametrize("text, name, places", [
    ("Голова громади Олег Мельник повідомив, що над громадою збили чотири дрони.", "Oleh Melnyk", []),
    ("Голова Бериславської громади Іван Петренко повідомив, що дрон атакував автомобіль.", "Ivan Petrenko", ["Beryslav"]),
    ("Глава Туапсинского муниципального округа Сергей Бойко сообщил, что над городом сбиты десять дронов.",
     "Sergey Boyko", []),
])
def test_a_head_named_after_a_title_with_a_place_noun_or_adjective_is_the_person_and_no_place(text, name, places):
    claim = one(text)
    assert claim.claimant.name == name
    assert [p.name for p in claim.places] == places


def test_a_town_named_in_a_case_of_its_own_comes_out_as_english_reports_name_it():
    assert [p.name for p in one("В Льгове дрон атаковал автомобиль, сообщил губернатор.").places] == ["Lgov"]


@pytest.mark.parametrize("text", ["Атака беспилотников на Брянск: сбиты 12 дронов.", "Атаки дронів на Суми тривають."])
def test_the_word_for_an_attack_is_no_village_that_shares_its_lemma(text):
    assert all(p.country != "MD" for c in extract_claims(text) for p in c.places)


def test_a_list_of_results_by_type_takes_the_verb_told_before_it():
    text = ("Росія випустила 6 ракет «Калібр» і 120 ударних БпЛА. Сили ППО збили або подавили 100 повітряних цілей. "
            "Результати за типами:\n- усі шість «Калібрів»;\n- 94 безпілотники.")
    claim = one(text, date(2026, 1, 9), "uk")
    assert weapon(claim, "Kalibr").destroyed == 6 and weapon(claim, "drone").destroyed == 94


@pytest.mark.parametrize("text, lang", [
    ("Пусків крилатих ракет цієї ночі не зафіксували, повідомили в Повітряних силах.", "uk"),
    ("Пусков баллистических ракет этой ночью не зафиксировано.", "ru"),
])
def test_launches_of_a_weapon_not_recorded_are_no_attack(text, lang):
    assert extract_claims(text, date(2025, 11, 3), lang) == []


@pytest.mark.parametrize("text, latitude", [
    ("Губернатор Курской области рассказал о ночной атаке. В Белой беспилотник попал в котельную.", 51),
    ("Глава Днепропетровской ОВА рассказал о ночи. В Новомосковске дрон попал в склад.", 49),
])
def test_of_towns_sharing_a_name_the_one_in_a_region_the_report_named_before(text, latitude):
    [town] = [p for c in extract_claims(text, date(2025, 6, 2)) for p in c.places if p.precision == "city"]
    assert round(town.lat) == latitude  # not Gudermes (in Chechnya, 'Белая' too) nor Tula's Novomoskovsk


@pytest.mark.parametrize("text, name", [
    ("Ще зранку Лисак підбив підсумки минулої доби: окупанти вдарили по Нікопольщині щонайменше шістьма КАБами.",
     "Serhiy Lysak"),
    ("Утром Богомаз подвел итоги ночи: над областью уничтожены 14 украинских беспилотников.", "Alexander Bogomaz"),
])
def test_an_official_summing_up_the_day_speaks_its_figures(text, name):
    assert one(text, date(2025, 3, 2)).claimant.name == name


@pytest.mark.parametrize("text", [
    "Уночі противник запустив по Україні 86 ударних дронів і ракету «Іскандер-М» з Курської області. "
    "Такі дані навели в Повітряних силах.",
    "Ночью противник запустил по Украине 86 ударных дронов и ракету «Искандер-М» из Курской области. "
    "Такие данные привели в Воздушных силах.",
])
def test_a_line_saying_whose_data_those_were_gives_the_figures_before_it_that_voice(text):
    assert one(text, date(2025, 3, 2)).claimant.name == "Ukrainian Air Force"


@pytest.mark.parametrize("text", [
    "За даними ОВА, по Сумах ворог випустив 6 FPV-дронів, по Хотінській громаді – 4, по Миропільській – 3.",
    "По данным губернатора, по Шебекино противник выпустил 6 FPV-дронов, по Грайворонскому округу – 4, по Валуйскому – 3.",
])
def test_counts_of_a_list_whose_places_are_named_after_a_preposition_are_each_their_own(text):
    assert sorted(w.launched for c in extract_claims(text, date(2025, 9, 17)) for w in c.weapons) == [3, 4, 6]


def test_the_city_is_the_one_in_the_speakers_title():
    text = "Призначений Кремлем «губернатор» Севастополя Михайло Развожаєв написав, що над містом ППО збила чотири дрони."
    assert places_of(text) == ["Sevastopol"]


def test_an_acronym_after_the_word_for_a_town_is_no_place():
    assert "Ppo" not in places_of("Уночі над містом ППО збила чотири дрони, повідомив міський голова Полтави.")


@pytest.mark.parametrize("text", [
    "По громадах:\n\n▪️ Хотінська: 2 КАБи по околицях, мінометний обстріл.",
    "Під обстрілами були громади:\n\n🔸 Хотінська – 2 КАБи, артилерійський обстріл.",
])
def test_a_community_labels_its_line_after_any_list_mark(text):
    assert "Khotin" in places_of(text)


def test_a_list_of_districts_with_an_apostrophe_in_a_name():
    text = "Уламки дрона впали у Києві: пошкодження у Дніпровському, Солом'янському та Святошинському районах."
    assert {"Dniprovskyi district, Kyiv", "Solomianskyi district, Kyiv"} <= set(places_of(text))


def test_the_items_of_a_list_of_damage_belong_to_the_attack_told_before():
    text = ("Уночі сили ППО знищили над Києвом 14 ударних безпілотників, повідомили в КМВА.\n\n"
            "Наслідки падіння уламків:\n\n"
            "🔹 Оболонський район – уламки пошкодили дах гаража;\n"
            "🔹 Подільський район – загорівся автомобіль на парковці;\n"
            "🔹 Деснянський район – уламки впали на дорогу.")
    named = " ".join(places_of(text))
    assert all(district in named for district in ("Obolonskyi", "Podilskyi", "Desnianskyi"))


@pytest.mark.parametrize("text, places", [
    ("Уночі сили ППО знищили п'ять ворожих дронів – у Павлоградському, Синельниківському і Нікопольському.",
     {"Pavlohrad", "Synelnykove", "Nikopol"}),
    ("Обломки дронов упали в Шебекинском и Валуйском, пострадавших нет.", {"Shebekinsky district", "Valuysky district"}),
])
def test_place_adjectives_left_on_their_own_name_districts(text, places):
    assert places <= set(places_of(text))


@pytest.mark.parametrize("text", [
    "Нове укриття школи розраховане на захист від уламків ракет і дронів, пояснив директор.",
    "Перекрытие защищает от обломков ракет и беспилотников, рассказали строители.",
    "Під час уроку оголосили повітряну тривогу через загрозу застосування ударних БпЛА.",
])
def test_what_a_shelter_keeps_out_and_a_threat_are_no_attack(text):
    assert extract_claims(text, date(2025, 9, 1)) == []


@pytest.mark.parametrize("text, attacker", [
    ("Міноборони Росії заявило, що минулої ночі ударними дронами уразило склади пального в Одеській області.", "RU"),
    ("Минобороны России сообщило, что в ночь на вторник поразило беспилотниками цеха завода в Запорожье.", "RU"),
    ("У Міноборони Росії заявили, що вночі дрони ЗСУ атакували Курську область.", "UA"),
    ("В Минобороны России утверждают, что ВСУ выпустили по Белгороду четыре ракеты.", "UA"),
])
def test_a_strike_with_no_subject_after_the_speakers_that_is_the_speakers_own(text, attacker):
    assert one(text, date(2025, 6, 2)).attacker == attacker


@pytest.mark.parametrize("text, lang", [
    ("Повітряні сили опублікували підсумки доби. Уночі ворог запустив 48 ударних БпЛА, 31 з них збито.", "uk"),
    ("Воздушные силы опубликовали итоги ночи. Ночью враг запустил 48 ударных БпЛА, 31 из них сбит.", "ru"),
])
def test_a_body_that_publishes_its_summary_speaks_for_the_figures_after_it(text, lang):
    claim = one(text, date(2025, 6, 2), lang)
    assert (claim.claimant.name, claim.weapons[0].launched, claim.weapons[0].destroyed) == ("Ukrainian Air Force", 48, 31)


@pytest.mark.parametrize("text, lang, name", [
    ("Над областю сили ППО знищили 17 безпілотників, написав у Telegram голова Житомирської ОВА Віталій Бунечко.", "uk",
     "Vitalii Bunechko"),
    ("Над областью силы ПВО уничтожили 17 беспилотников, написал в Telegram губернатор Брянской области Александр "
     "Богомаз.", "ru", "Alexander Bogomaz"),
])
def test_the_official_named_after_the_platform_a_post_went_out_on_speaks(text, lang, name):
    assert one(text, date(2025, 6, 2), lang).claimant.name == name


@pytest.mark.parametrize("text, lang", [
    ("Губернатор Александр Гусев сообщил о семи сбитых на подлете к Воронежу беспилотниках.", "ru"),
    ("Мер Ігор Терехов написав про сім збитих над Харковом дронів.", "uk"),
])
def test_a_count_reaches_its_weapon_past_the_phrase_of_the_participle_before_it(text, lang):
    assert one(text, date(2025, 6, 2), lang).weapons[0].destroyed == 7


@pytest.mark.parametrize("text, lang, qualifier", [
    ("За добу в Теткине зафиксировано около пятнадцати атак FPV-дронов.", "ru", "about"),
    ("Upstream of Kherson, more than 15 FPV drone attacks were recorded over the day.", "en", "at_least"),
])
def test_a_count_of_drone_strikes_keeps_its_qualifier(text, lang, qualifier):
    weapon = one(text, date(2025, 6, 2), lang).weapons[0]
    assert (weapon.launched, weapon.qualifier) == (15, qualifier)


@pytest.mark.parametrize("text, lang", [
    ("Збито засобами РЕБ 64 дрони і одну ракету, ще 20 дронів локаційно втрачено.", "uk"),
    ("Сбиты средствами РЭБ 64 дрона и одна ракета, еще 20 беспилотников локационно потеряны.", "ru"),
])
def test_a_count_lost_locally_after_a_downed_count_with_the_means_named_is_not_downed(text, lang):
    assert [(w.category, w.destroyed) for c in extract_claims(text, date(2025, 6, 2), lang=lang) for w in c.weapons] == [
        ("drone", 64), ("missile", 1)]


@pytest.mark.parametrize("text, lang, model", [
    ("Над Харківщиною ворог застосував три БпЛА «Молнія-2».", "uk", "Molniya"),
    ("По Белгородской области противник ударил двумя БПЛА «Молния-2».", "ru", "Molniya"),
    ("Ворог атакував автомобіль двома дронами «Ланцет-3».", "uk", "Lancet"),
])
def test_a_drone_named_with_its_version_is_that_model(text, lang, model):
    assert one(text, date(2025, 6, 2), lang).weapons[0].model == model


@pytest.mark.parametrize("text, lang", [
    ("Увечері ударний БпЛА типу «Шахед» влучив у складське приміщення в Конотопі.", "uk"),
    ("Вечером ударный БПЛА типа «Герань» попал в склад в Курчатове.", "ru"),
])
def test_a_weapon_told_by_an_abbreviation_after_a_singular_adjective_is_one(text, lang):
    assert one(text, date(2025, 6, 2), lang).weapons[0].launched == 1


@pytest.mark.parametrize("text, lang", [
    ("Уламки збитого шахеда пошкодили дах гаража в Броварах, повідомив голова ОВА.", "uk"),
    ("Обломки сбитого «шахеда» упали на территорию склада в Брянске, сообщил губернатор.", "ru"),
])
def test_debris_of_a_downed_weapon_the_dictionary_lacks_is_one_destroyed(text, lang):
    assert one(text, date(2025, 6, 2), lang).weapons[0].destroyed == 1


def test_debris_of_a_downed_drone_after_a_count_is_one_of_those_counted():
    text = "Вночі над Черкащиною сили ППО збили 14 дронів, повідомив голова ОВА. Уламки збитого дрона пошкодили дах гаража."
    assert [w.destroyed for w in one(text, date(2025, 6, 2), "uk").weapons] == [14]


@pytest.mark.parametrize("text, attacker", [
    ("Удар нанесли ударными беспилотниками подразделения Сил беспилотных систем, сообщили в Генштабе ВСУ.", "UA"),
    ("Минобороны России сообщило, что ракетой «Искандер-М» поражен зенитный комплекс ВСУ.", "RU"),
])
def test_units_of_a_force_named_after_the_verb_are_the_striking_side(text, attacker):
    assert one(text, lang="ru").attacker == attacker


def test_a_prosecutors_office_heading_its_own_page_is_the_voice_of_the_page():
    text = "Сумська обласна прокуратура\n\nНовини\n\nУночі окупанти атакували Суми трьома ударними безпілотниками."
    claim = one(text, lang="uk")
    assert claim.claimant is not None and "Sumy" in claim.claimant.name


def test_an_official_named_in_the_other_languages_spelling_is_the_registered_one():
    claim = one("Начальник Хмельницкой ОВА Сергей Тюрин написал, что ночью над областью сбиты пять дронов.", lang="ru")
    assert claim.claimant.name == "Serhii Tiurin"


@pytest.mark.parametrize("text, lang", [
    ("За даними Повітряних сил, ворог застосував:\n- 24 крилаті ракети Х-101, збито 21;\n"
     "- 130 ударних дронів, знешкоджено 97.", "uk"),
    ("По данным Воздушных сил, противник применил:\n- 24 крылатые ракеты Х-101 – сбито 21;\n"
     "- 130 ударных дронов – обезврежено 97.", "ru"),
])
def test_a_verb_told_before_its_own_count_is_not_the_count_before_it(text, lang):
    claims = extract_claims(text, date(2025, 2, 3), lang=lang)
    assert {(w.model or w.category, w.launched, w.destroyed) for c in claims for w in c.weapons} == {
        ("Kh-101/Kh-555", 24, 21), ("drone", 130, 97)}


@pytest.mark.parametrize("text, lang", [
    ("Уночі силами протиповітряної оборони було уражено 11 ракет.", "uk"),
    ("Ночью средствами ПВО поражены 11 ракет.", "ru"),
])
def test_what_air_defence_hit_is_destroyed(text, lang):
    claim = extract_claims(text, date(2025, 2, 3), lang=lang)[0]
    assert [(w.launched, w.destroyed) for w in claim.weapons] == [(None, 11)]


def test_what_a_drone_hit_is_a_target_not_a_downing():
    claim = extract_claims("Вночі два дрони уразили склад у Львові.", date(2025, 2, 3), lang="uk")[0]
    assert [(w.launched, w.destroyed) for w in claim.weapons] == [(2, None)]


@pytest.mark.parametrize("text, lang", [
    ("Вночі над морем збито ракету «Нептун». Згодом з'ясувалося, що росіяни випустили три такі ракети.", "uk"),
    ("Ночью над морем сбита ракета «Нептун». Позже выяснилось, что были выпущены три такие ракеты.", "ru"),
])
def test_a_count_of_such_weapons_is_counted(text, lang):
    counts = [w.launched for c in extract_claims(text, date(2025, 2, 3), lang=lang) for w in c.weapons]
    assert 3 in counts


@pytest.mark.parametrize("text, lang, category", [
    ("Ракетний удар по Черкасах забрав життя трьох людей, повідомив голова ОВА.", "uk", "missile"),
    ("Вранці ворог завдав балістичного удару по Сумах, повідомив голова ОВА.", "uk", "ballistic_missile"),
    ("В результате ракетного удара по Таганрогу пострадали два человека, сообщил губернатор.", "ru", "missile"),
    ("Russia made a ballistic strike on Sumy in the morning, the regional governor said.", "en", "ballistic_missile"),
])
def test_a_strike_named_by_its_weapon_tells_the_weapon_but_not_how_many(text, lang, category):
    [told] = one(text, date(2025, 3, 5), lang).weapons
    assert (told.category, told.launched, told.destroyed) == (category, None, None)


@pytest.mark.parametrize("text, lang", [
    ("Моніторингові канали попереджали про групу з дванадцяти дронів, що летіли на Полтаву.\n\n"
     "Начальник Полтавської ОВА повідомив, що внаслідок атаки поранено двох людей.", "uk"),
    ("Мониторинговые каналы предупреждали о группе из двенадцати дронов, летевших на Брянск.\n\n"
     "Губернатор Брянской области сообщил, что в результате атаки ранены два человека.", "ru"),
])
def test_channels_that_warned_of_the_drones_are_heard_apart_from_the_official_after_them(text, lang):
    claims = extract_claims(text, date(2025, 3, 5), lang)
    warned = next(c for c in claims if c.weapons and c.weapons[0].launched == 12)
    assert warned.claimant.name == "Telegram channels" and warned.injured is None


@pytest.mark.parametrize("text, lang", [
    ("Над Полтавщиною вночі фіксували близько 40 «мопедів», пишуть моніторингові канали.", "uk"),
    ("Над Курском этой ночью кружили не менее 12 мопедов, пишут мониторинговые каналы.", "ru"),
])
def test_mopeds_in_the_monitoring_channels_words_are_shaheds(text, lang):
    assert one(text, date(2025, 3, 5), lang).weapons[0].model == "Shahed-136/131"


@pytest.mark.parametrize("text, lang", [
    ("Монітори пишуть, що на Житомир летить група з дев'яти дронів.\n\n"
     "Начальник Житомирської ОВА повідомив, що внаслідок атаки поранено двох людей.", "uk"),
    ("Мониторы пишут, что на Курск летит группа из девяти дронов.\n\n"
     "Губернатор Курской области сообщил, что в результате атаки ранены два человека.", "ru"),
])
def test_monitors_alone_are_the_channels_that_speak(text, lang):
    group = next(c for c in extract_claims(text, date(2025, 3, 5), lang) if c.weapons and c.weapons[0].launched == 9)
    assert group.claimant.name == "Telegram channels"


@pytest.mark.parametrize("text, lang", [
    ("Ночью над Курском ПВО сбила шесть беспилотников, сообщил губернатор. "
     "Обломками беспилотника повреждены окна частного дома.", "ru"),
    ("Уночі над Сумами ППО збила шість дронів, повідомив голова ОВА. "
     "Уламками дрона пошкоджено вікна приватного будинку.", "uk"),
])
def test_debris_of_a_drone_is_one_of_those_told_not_a_count_of_its_own(text, lang):
    counts = [(w.launched, w.destroyed) for c in extract_claims(text, date(2025, 3, 5), lang) for w in c.weapons]
    assert counts == [(None, 6)]
