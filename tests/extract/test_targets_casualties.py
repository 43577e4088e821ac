from datetime import date

import pytest

from skytruce.extract import extract_claims
from skytruce.extract.pipeline import read
from tests.extract.helpers import claims_of, only_claim


def test_targets():
    claim = only_claim("Over 150 kamikaze drones targeted power stations, grain terminals and residential areas "
                       "in the Odesa region.")
    assert {"energy", "grain", "residential"} <= set(claim.targets)


def test_killed_and_injured():
    claim = only_claim("Russia fired 12 missiles at Kharkiv, killing nine people and injuring 30 others.")
    assert (claim.killed, claim.injured) == (9, 30)


def test_people_were_injured():
    claim = only_claim("Three missiles hit the city and 13 people were injured, the mayor said.")
    assert claim.injured == 13


@pytest.mark.parametrize("text, lang, killed", [
    ("A drone hit a house in Sumy overnight, killing an elderly couple, the regional administration said.", "en", 2),
    ("A retired couple were killed when a missile hit their flat in Dnipro, the governor said.", "en", 2),
    ("Унаслідок удару дрона по Сумах загинуло літнє подружжя, повідомила обласна адміністрація.", "uk", 2),
])
def test_a_couple_killed_are_two_people(text, lang, killed):
    assert [c.killed for c in extract_claims(text, date(2025, 3, 2), lang)] == [killed]


def test_dates_are_not_casualties():
    claim = only_claim("The attack on July 9 killed at least eight people in the Sumy region, officials said. "
                       "Russia launched 741 drones.")
    assert claim.killed == 8


def test_vague_counts_are_not_casualties():
    claim = only_claim("Drone attacks killed dozens of people in Kharkiv.")
    assert claim.killed is None


def test_counts_after_and_before_the_word():
    claim = only_claim("A Russian missile strike on Dnipro killed at least seven people and wounded more than 40, "
                       "the governor said.")
    assert (claim.killed, claim.injured) == (7, 40)
    claim = only_claim("Two missiles hit Odesa; 13 people were injured, 5 killed.")
    assert (claim.killed, claim.injured) == (5, 13)


def test_nobody_hurt_is_no_casualty():
    assert only_claim("A drone was shot down over Kursk; nobody was hurt, the governor said.").injured is None


def test_one_person_by_description():
    claim = only_claim("Russian drones attacked Kherson on Sunday, killing a 64-year-old man and wounding three "
                       "other people, the governor said.")
    assert (claim.killed, claim.injured) == (1, 3)


def test_who_they_were_between_commas_and_their_ages_are_no_count():
    from tests.extract.helpers import only_claim
    claim = only_claim("A drone hit the port. 2 men, employees of the terminal, aged 34 and 52, were injured.")
    assert claim.injured == 2


def test_a_count_after_the_verb_before_a_place():
    from tests.extract.helpers import only_claim
    assert only_claim("Drones killed three people and injured 18 in the towns of Vidnoye and Domodedovo.").injured == 18


def test_a_subset_after_the_count_is_not_the_count():
    from tests.extract.helpers import only_claim
    claim = only_claim("A guided bomb struck an apartment block; 41 people were injured, including three children.")
    assert claim.injured == 41


def test_seeking_medical_help_counts_as_injured():
    from tests.extract.helpers import only_claim
    assert only_claim("Drones hit Toropets overnight; 13 people sought medical help.").injured == 13


def test_the_injury_of_n_people_and_those_being_wounded():
    from tests.extract.helpers import only_claim
    assert only_claim("Guided bombs hit Zaporizhzhia, leading to the injury of at least 16 individuals.").injured == 16
    assert only_claim("Glide bombs hit the city, resulting in 12 people being wounded.").injured == 12
    assert only_claim("A drone hit the plant. One employee died on the spot, officials said.").killed == 1


def test_people_named_one_by_one_and_the_count_of_the_next_clause():
    [s] = read("A woman and two men were killed, five people, including a boy, were wounded.").sentences
    assert (s.killed, s.injured) == (3, 5)
    [s] = read("A man and a woman were killed, four people were injured.").sentences
    assert (s.killed, s.injured) == (2, 4)


@pytest.mark.parametrize("sentence,killed,injured", [
    ("A drone hit a bakery in Nikopol, killing a 51-year-old night guard, the governor said.", 1, None),
    ("A missile struck a depot near Pavlohrad, injuring three forklift operators, the governor said.", None, 3),
    ("After the missile strike on Sumy the number of injured has risen to eleven, the city council said.", None, 11),
    ("The number of people wounded in the drone attack on Uman has gone up to six, the mayor said.", None, 6),
    ("A drone hit a house in Rossosh, and a man sustained a light injury, the governor said.", None, 1),
    ("Drones hit a farm near Sumy and a 64-year-old man was slightly injured, officials said.", None, 1),
    ("A Ukrainian drone struck a bus near Graivoron, injuring the driver, the governor said.", None, 1),
])
def test_casualties_named_by_trade_and_tolls_that_rise(sentence, killed, injured):
    [claim] = claims_of(sentence)
    assert (claim.killed, claim.injured) == (killed, injured)


def test_killed_and_injured_in_one_sentence_keep_their_own_counts():
    claim = only_claim("A missile hit a depot in Izmail. Two of the depot workers were killed and nine people "
                       "were injured, the governor said.")
    assert (claim.killed, claim.injured) == (2, 9)


def test_a_mother_and_her_son_are_two():
    claim = only_claim("A drone hit a house in Velykyi Burluk. A woman and her eight-year-old son were injured.")
    assert claim.injured == 2


def test_people_who_suffered_wounds_are_injured():
    claim = only_claim("A drone hit a bus stop in Nikopol, and the mayor said three people had suffered shrapnel wounds.")
    assert claim.injured == 3


def test_people_being_treated_or_taken_to_hospital_are_injured():
    text = "A missile hit a shopping centre in Poltava; 19 people are being treated in hospital, the regional head said."
    assert [(c.killed, c.injured) for c in claims_of(text)] == [(None, 19)]
    assert [c.injured for c in claims_of("Two drones hit Sumy overnight and four residents were taken to hospital.")] == [4]


def test_no_one_hurt_is_no_count_of_one():
    claim = only_claim("Two guided bombs struck a warehouse near Kupiansk; no one was hurt, the governor reported.")
    assert claim.injured is None


def test_the_place_the_people_were_in_stands_between_count_and_word():
    claim = only_claim("A drone hit a bakery overnight. Three people in Okhtyrka were injured, the governor said.")
    assert claim.injured == 3
    claim = only_claim("A missile struck the port. Four residents of the Mykolaiv region were killed, officials said.")
    assert claim.killed == 4


def test_people_described_by_what_they_were_doing_are_counted():
    text = "A drone hit a filling station in Kherson, and three customers standing by the pumps were injured."
    assert [c.injured for c in claims_of(text)] == [3]


def test_a_toll_brought_to_a_new_figure_is_that_figure():
    text = ("A missile hit a clinic in Sumy on Friday, killing two people, the regional head said. One of the injured "
            "died overnight, bringing the death toll from the strike to three.")
    assert [c.killed for c in claims_of(text)] == [3]


def test_weapons_with_casualties_of_their_own_are_each_their_own_strike():
    text = ("Russian forces dropped six guided bombs on Vovchansk and sent 20 drones against Kupiansk on Tuesday, "
            "the regional governor said. A guided bomb killed two men in Vovchansk. In Kupiansk, a drone hit a "
            "bus stop, injuring five people.")
    tolls = {c.weapons[0].model or c.weapons[0].category: (c.killed, c.injured) for c in claims_of(text)}
    assert tolls == {"KAB": (2, None), "drone": (None, 5)}


def test_people_named_one_by_one_at_the_start_of_a_quotation_are_counted():
    text = ('Russia struck Odesa with drones overnight, the governor said. "A man and his daughter were killed. '
            'Five people are in hospital," he wrote.')
    assert only_claim(text).killed == 2


@pytest.mark.parametrize("text, killed, injured", [
    ("A missile hit a shopping centre in Dnipro, the mayor said. At first he reported four people injured; "
     "by the evening the number had risen to eleven.", None, 11),
    ("Two glide bombs hit Kostiantynivka. Officials first spoke of five dead; by Monday the toll had reached seven.",
     7, None),
    ("A drone struck a bakery in Kherson, the city head said. He first counted three wounded. Later in the day the "
     "number rose to six.", None, 6),
    ("The number of people killed when a Russian glide bomb hit the roof of a shopping centre in the north of Kharkiv "
     "has risen to seven, the governor said.", 7, None),
])
def test_a_toll_named_without_its_word_is_the_one_told_before_it_now_higher(text, killed, injured):
    claim = claims_of(text)[0]
    assert (claim.killed, claim.injured) == (killed, injured)


def test_one_person_who_died_is_one_killed():
    claim = claims_of("A drone struck a minibus near Sumy, the governor said. The driver died at the scene.")[0]
    assert claim.killed == 1


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone hit a warehouse in the town. The mayor said that a guard had died and that two workers were injured.", 1, 2),
    ("A missile struck the port overnight. Four residents there were wounded, the governor said.", None, 4),
    ("Drones hit a depot in Izmail overnight. Five people have now been injured, the governor said.", None, 5),
    ("A drone struck a minibus near Kupiansk. Three passengers inside the bus were wounded, police said.", None, 3),
])
def test_people_told_after_that_or_with_there_are_counted(text, killed, injured):
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone struck a tractor near Nikopol. Its driver, a farmer aged 61, died in hospital.", 1, None),
    ("Дрон влучив у маршрутку під Херсоном. Водій, 38-річний житель міста, дістав поранення.", None, 1),
    ("Беспилотник атаковал машину под Брянском. Водитель, житель поселка 1980 года рождения, погиб.", 1, None),
])
def test_a_person_with_an_apposition_before_the_word_is_one_casualty(text, killed, injured):
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Беспилотник атаковал рынок в Шебекино. Позже один из раненых, пожилой мужчина, скончался в больнице.", 1, None),
    ("Удар дрона по Валуйкам унёс жизни двух человек, ещё трое ранены.", 2, 3),
])
def test_one_of_the_injured_who_died_and_a_strike_that_took_lives_are_deaths(text, killed, injured):
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (killed, injured)


def test_a_count_after_the_casualty_word_closes_a_quoted_post():
    text = "Ракета влучила в житловий будинок у Житомирі. Мер написав: «Загиблих — двоє. Поранених — 17»."
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (2, 17)


def test_people_who_suffered_injuries_are_counted():
    claim = next(c for c in claims_of("Уночі дрони атакували Полтаву, троє містян зазнали травм.") if c.weapons)
    assert claim.injured == 3


def test_medics_and_aid_workers_are_people():
    claim = next(c for c in claims_of("A drone hit an ambulance in Nikopol; three paramedics were injured.") if c.weapons)
    assert claim.injured == 3


@pytest.mark.parametrize("text, injured", [
    ("A drone hit a bakery in Sumy. Two workers from the morning shift were injured, the mayor said.", 2),
    ("A missile struck a rail depot near Poltava. A 52-year-old train driver suffered shrapnel wounds.", 1),
    ("A Lancet drone hit a rescue truck near Kupiansk; a 29-year-old medic and a 41-year-old firefighter were hurt.", 2),
])
def test_people_named_by_what_they_do_or_where_they_were_are_counted(text, injured):
    assert next(c for c in claims_of(text) if c.weapons).injured == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("An FPV drone hit a minibus near Velykyi Burluk, wounding the driver and three passengers.", None, 4),
    ("A glide bomb fell on a farmhouse outside Orikhiv, killing a man and injuring his wife and two grandchildren.", 1, 3),
    ("A drone struck a van in Kherson, killing the driver, a 47-year-old volunteer, the city head said.", 1, None),
    ("A drone hit a car near Hola Prystan, killing the driver, his brother and their neighbour's son.", 3, None),
])
def test_the_people_a_list_after_the_casualty_word_names_are_summed(text, killed, injured):
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (killed, injured)


@pytest.mark.parametrize("text, injured", [
    ("Дрон атакував маршрутку під Херсоном. Постраждали водій і троє пасажирів.", 4),
    ("Беспилотник ударил по автобусу в Рыльском районе, ранены водитель и двое пассажиров.", 3),
    ("Дрон атакував маршрутку. Постраждали 68-річний водій і 70-річна жінка.", 2),
])
def test_a_count_of_people_listed_with_a_person_beside_the_word_adds_that_many(text, injured):
    assert next(c for c in claims_of(text) if c.weapons).injured == injured


@pytest.mark.parametrize("text", [
    "Дрон влучив у будинок у Херсоні. Поранено четверо людей, одна людина загинула.",
    "Дрон попал в дом в Белгороде. Ранены четыре человека, один человек погиб.",
    "A drone hit a house in Kherson. Four people were injured, one person was killed.",
])
def test_each_casualty_word_takes_the_count_nearest_it_not_one_told_before_for_another(text):
    claim = next(c for c in claims_of(text) if c.weapons)
    assert (claim.killed, claim.injured) == (1, 4)


def test_a_toll_on_top_of_a_newest_first_feed_goes_to_its_speakers_attack_told_further_down():
    text = ("Live: Mykolaiv after the night. Newest updates first.\n\n"
            "10:40\nMayor Oleksandr Senkevych said three people had been killed and eight injured.\n\n"
            "09:15\nThe emergency service says firefighters put out a blaze at a warehouse.\n\n"
            "08:30\nThe air force said Russia launched 70 drones overnight; 58 were shot down.\n\n"
            "06:05\nSenkevych: drones struck two residential buildings in the Tsentralnyi district.")
    mayor = next(c for c in claims_of(text) if c.claimant and c.claimant.name == "Oleksandr Senkevych")
    assert (mayor.killed, mayor.injured) == (3, 8)


def test_a_live_line_that_raises_the_toll_in_a_named_voice_updates_that_voices_claim():
    text = ("03:05\nLysak: Dnipro is under a drone attack. Fires broke out in two districts.\n\n"
            "06:40\nDnipro after the night attack: one killed, four injured, according to Serhiy Lysak.\n\n"
            "08:10\nAir Force: Russia launched 41 drones overnight, 30 were shot down.\n\n"
            "09:55\nToll in Dnipro rises to 2 killed and 7 injured - Lysak")
    lysak = next(c for c in claims_of(text) if c.claimant and c.claimant.name == "Serhiy Lysak")
    assert (lysak.killed, lysak.injured) == (2, 7)


@pytest.mark.parametrize("text, lang", [
    ("Ракета влучила в підстанцію на Полтавщині. Без світла залишилися 4 тисячі абонентів, постраждалих немає.", "uk"),
    ("Ракета попала в подстанцию под Белгородом. Без света остались 4 тысячи абонентов, пострадавших нет.", "ru"),
    ("Ракета попала в подстанцию под Белгородом. Без света остались 4 тысячи абонентов, пострадавших не было.", "ru"),
])
def test_a_casualty_word_that_is_denied_counts_no_one(text, lang):
    [claim] = extract_claims(text, date(2025, 6, 2), lang=lang)
    assert (claim.killed, claim.injured) == (None, None)


@pytest.mark.parametrize("text, lang", [
    ("Росія вночі вдарила по Полтаві ракетою «Іскандер-М».\n\nКадр з відео\n\nСкриншот з відео\n\n"
     "Внаслідок атаки вже відомо про двох загиблих і 9 поранених.", "uk"),
    ("Russia struck Poltava overnight with an Iskander-M missile.\n\nStill from a video\n\nScreenshot from a video\n\n"
     "The attack killed two people and injured nine.", "en"),
])
def test_lines_that_tell_nothing_of_the_attack_do_not_part_it_from_its_toll(text, lang):
    [claim] = extract_claims(text, date(2025, 6, 2), lang=lang)
    assert (claim.killed, claim.injured) == (2, 9)


@pytest.mark.parametrize("text, lang, killed, injured", [
    ("Ракета попала в остановку в Донецке. Погибли двое случайных прохожих.", "ru", 2, None),
    ("Дрон атаковал маршрутку под Белгородом. Ранены трое пассажиров.", "ru", None, 3),
    ("Дрон влучив у маршрутку в Херсоні. Поранені троє пасажирів, серед них підліток.", "uk", None, 3),
])
def test_people_named_by_what_they_were_doing_are_counted(text, lang, killed, injured):
    [claim] = extract_claims(text, date(2025, 6, 2), lang=lang)
    assert (claim.killed, claim.injured) == (killed, injured)


def test_a_corrected_lower_toll_replaces_the_larger_one_told_first():
    text = ("A drone strike on Sumy killed two people, Governor Oleh Hryhorov said on Tuesday, lowering the toll he "
            "had given earlier.\n\nHryhorov had first reported that three people died when the drone hit a bus stop. "
            '"The correct figure is two dead," he wrote later.')
    assert [c.killed for c in claims_of(text)] == [2]


def test_a_count_of_wounded_before_a_word_of_time_is_theirs():
    claim = only_claim("A Russian drone attack on Kherson killed two people and wounded seven overnight, the governor said.")
    assert (claim.killed, claim.injured) == (2, 7)


@pytest.mark.parametrize("text, lang, injured", [
    ("Уночі дрони атакували Суми. Постраждалих унаслідок атаки на місто четверо.", "uk", 4),
    ("Ночью беспилотники атаковали Курск. Пострадавших в результате атаки на город трое.", "ru", 3),
    ("Ночью беспилотники атаковали Курск. Информацию о пострадавших подтвердили в больнице № 4.", "ru", None),
    ("Ракета влучила в ТЦ у Кременчуці. Загалом постраждали від удару по місту 46 осіб.", "uk", 46),
    ("Ракета попала в ТЦ в Брянске. Всего пострадали от удара по городу 46 человек.", "ru", 46),
    ("Ракета попала в ТЦ в Брянске. Пострадали от удара по городу 5 объектов.", "ru", None),
])
def test_a_count_closing_the_clause_of_a_casualty_word_in_the_genitive_or_a_plural_verb_is_its_toll(text, lang,
                                                                                                     injured):
    assert [c.injured for c in extract_claims(text, date(2025, 5, 10), lang)] == [injured]


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a house in Konotop overnight. A man born in 1947 was injured, the city council said.", "en"),
    ("Уночі дрон влучив у будинок у Конотопі. Поранено чоловіка 1947 року народження.", "uk"),
    ("Ночью беспилотник попал в дом в Шебекино. Ранен мужчина 1947 года рождения.", "ru"),
])
def test_a_year_of_birth_is_no_toll(text, lang):
    tolls = [c.injured for c in extract_claims(text, date(2025, 4, 2), lang=lang)]
    assert 1947 not in tolls and 1 in tolls


@pytest.mark.parametrize("text, lang", [
    ("Уночі дрон влучив у будинок у Харкові. Медики надали допомогу п’ятьом людям, повідомив мер.", "uk"),
    ("Ночью дрон попал в дом в Белгороде. Медики оказали помощь пяти людям, сообщил губернатор.", "ru"),
])
def test_people_the_medics_helped_are_the_injured_but_not_those_psychologists_helped(text, lang):
    assert extract_claims(text, date(2025, 3, 5), lang)[0].injured == 5
    calmed = text.replace("Медики", "Психологи")
    assert extract_claims(calmed, date(2025, 3, 5), lang)[0].injured is None


@pytest.mark.parametrize("text", [
    "Six people were rushed to hospital after a drone struck a bus stop in Kherson, the regional governor said.",
    "Six people were admitted to the hospital after a drone struck a bus stop in Kherson, the regional governor said.",
    "Six people asked for medical help after a drone struck a bus stop in Kherson, the regional governor said.",
])
def test_people_taken_to_hospital_in_other_words_are_injured(text):
    assert only_claim(text).injured == 6


@pytest.mark.parametrize("text, lang", [
    ("A drone hit a house in Chernihiv overnight, the mayor said. Five people were injured.\n\nTwo of the injured "
     "are in a serious condition, according to the regional police.", "en"),
    ("Уночі дрон влучив у будинок у Чернігові, повідомив міський голова. Поранено п'ятьох людей.\n\nДвоє з "
     "поранених у важкому стані, повідомили в обласній поліції.", "uk"),
])
def test_some_of_the_injured_told_apart_are_no_toll_of_their_own(text, lang):
    claims = extract_claims(text, date(2025, 3, 5), lang)
    assert [(c.injured, c.killed) for c in claims] == [(5, None)]


@pytest.mark.parametrize("text, lang", [
    ("Вночі дрон влучив у гараж у Сумах. Поранення отримали 19-річний і 47-річний чоловіки.", "uk"),
    ("Ночью беспилотник атаковал Шебекино. 38-летний и 70-летний мужчины ранены.", "ru"),
])
def test_people_of_several_ages_named_by_one_word_are_each_a_casualty(text, lang):
    [claim] = extract_claims(text, date(2025, 3, 5), lang)
    assert claim.injured == 2


def test_the_number_of_injured_is_a_toll_and_one_of_them_dying_a_death():
    text = ("A missile hit a shop in Dnipro, the governor said. The number of injured has risen to seven. "
            "One of the wounded later died in hospital.")
    assert (only_claim(text).injured, only_claim(text).killed) == (7, 1)


def test_a_toll_the_speaker_corrects_in_its_own_sentence_is_the_corrected_figure():
    text = ("The mayor said a drone hit a warehouse overnight. Four people were hurt, he said at first; by noon he "
            "revised the figure to six.")
    assert only_claim(text).injured == 6


def test_a_figure_corrected_in_a_later_sentence_is_no_toll():
    text = ("The ministry said 40 drones were shot down overnight. Two people were injured in Bryansk. The ministry "
            "later raised the figure to 64.")
    assert {c.injured for c in claims_of(text)} - {None} == {2}
