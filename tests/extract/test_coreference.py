"""Speakers referred to rather than named take the person or body referred to."""

from datetime import date

import pytest

from skytruce.extract import extract_claims
from skytruce.extract.pipeline import read
from tests.extract.helpers import claims_of, only_claim, voices_of


def names(text: str, lang: str | None = None) -> list[str | None]:
    return [c.claimant.name if c.claimant else None for c in claims_of(text, lang=lang)]


def test_the_ministry_is_the_ministry_named_before():
    text = ("Romania's defence ministry said on Monday that fragments were found near Tulcea. "
            "Later, the ministry said a drone had crashed near the village of Plauru.")
    assert set(names(text)) == {"Romanian Ministry of National Defence"}


def test_a_ministry_never_named_is_the_one_the_story_implies():
    claim = only_claim("The ministry said its air defences destroyed 14 Ukrainian drones over the Kursk region.")
    assert claim.claimant.name == "Russian Defence Ministry"


def test_a_ministry_is_of_the_country_of_the_city_it_sits_in():
    claim = only_claim("The defence ministry in Kyiv said nine drones were shot down overnight.")
    assert claim.claimant.name == "Ukrainian Defence Ministry" and claim.attacker == "RU"
    assert claim.places == []  # where the speaker sits is no target


def test_a_surname_is_the_person_named_in_full_before():
    text = ("Nizhny Novgorod Governor Gleb Nikitin said the overnight attack targeted an industrial zone. "
            "Two drones were shot down over the city, Nikitin said.")
    assert names(text)[-1] == "Gleb Nikitin"


@pytest.mark.parametrize("text, lang, name", [
    ("Nine drones came down over the Sumy region, said Petro Yaremchuk, a councillor.", "en", "Petro Yaremchuk"),
    ("According to Petro Yaremchuk, nine drones came down over the Sumy region.", "en", "Petro Yaremchuk"),
    ("Над Курской областью ночью сбиты девять беспилотников, сообщил Андрей Картаполов.", "ru", "Andrey Kartapolov"),
    ("По словам Андрея Картаполова, над Курской областью ночью сбиты девять беспилотников.", "ru",
     "Andrey Kartapolov"),
    ("Над Сумщиною вночі збили дев'ять дронів, повідомив Петро Яремчук.", "uk", "Petro Yaremchuk"),
])
def test_someone_named_in_full_beside_a_verb_of_saying_is_that_person(text, lang, name):
    assert names(text, lang) == [name]


@pytest.mark.parametrize("text, name", [
    ("Гурулёв заявил, что ночью над Курской областью сбиты девять беспилотников.", "Gurulev"),
    ("Картаполов заявил, что ночью над Курской областью сбиты девять беспилотников.", "Kartapolov"),
])
def test_a_surname_told_alone_is_in_the_nominative(text, name):
    assert names(text, "ru") == [name]


def test_a_chairman_of_a_regional_administration_is_the_person_named():
    text = "Председатель Херсонской ОВА Александр Прокудин сообщил, что ночью над областью сбиты девять беспилотников."
    assert names(text, "ru") == ["Oleksandr Prokudin"]


def test_an_address_quoted_whole_is_in_the_voice_of_who_signs_it():
    text = ("The city published the address in full.\n\n\"Dear residents!\n\nLast night the enemy struck our city "
            "with two drones. A house was damaged and one woman was injured.\n\nWe will hold on.\"\n\n"
            "Ihor Terekhov\nMayor of Kharkiv\n")
    assert names(text) == ["Ihor Terekhov"]


def test_a_post_quoted_under_a_line_naming_its_author_is_theirs():
    text = ("Below are the night's posts as they appeared.\n\nVadym Liakh, head of the Sloviansk community "
            "(Telegram, 01:20)\n\n\"Two drones hit the city centre. One man was injured.\"\n\n"
            "Ukrainian Air Force (Telegram, 07:30)\n\n\"Overnight the enemy launched 48 attack drones. "
            "Air defence shot down 35 of them.\"\n")
    assert names(text) == ["Vadym Liakh", "Ukrainian Air Force"]


def test_a_body_referred_to_with_its_countrys_adjective_is_that_countrys():
    text = ("Ukraine's air force said 30 drones were shot down over the Sumy region overnight. "
            "The Russian ministry said its forces had struck an airfield near Poltava with drones.")
    assert names(text) == ["Ukrainian Air Force", "Russian Defence Ministry"]


@pytest.mark.parametrize("text, lang", [
    ("Увечері голова громади Петро Кравчук опублікував перелік сіл, які потрапили під удари 3 березня. Наводимо "
     "його повністю.\n\n«За день громада зазнала 12 обстрілів.\n\n• Хотінь — два удари КАБами.»", "uk"),
    ("Вечером глава округа Петр Кравчук опубликовал список сел, попавших под удары 3 марта. Приводим его "
     "полностью.\n\n«За день округ подвергся 12 обстрелам.\n\n• Хотень — два удара КАБами.»", "ru"),
])
def test_who_published_a_list_of_strikes_tells_them(text, lang):
    assert [name.split()[-1] for name in names(text, lang)] == ["Kravchuk"]


def test_a_whole_side_stands_for_the_body_of_that_side_the_report_names():
    text = "Ukraine's air force shot down 31 of 40 drones overnight, the Ukrainian military said."
    assert only_claim(text).claimant.name == "Ukrainian Air Force"


def test_a_whole_side_the_report_never_details_stays_as_named():
    claim = only_claim("Kyiv said its drones hit an oil depot in the Bryansk region.")
    assert claim.claimant.party == "UA"


def test_a_title_named_later_is_the_person():
    text = ("The regional governor said 9 drones were destroyed over the Belgorod region. "
            "Governor Vyacheslav Gladkov added that a woman was injured.")
    assert names(text)[0] == "Vyacheslav Gladkov"


def test_pronouns_and_statements_take_the_last_speaker():
    text = ("Mykolaiv governor Vitaliy Kim said the port was hit overnight. "
            "He said 12 Shahed drones were shot down over the region.")
    assert names(text)[-1] == "Vitaliy Kim"


def test_every_sentence_of_a_long_quotation_takes_its_speaker():
    text = ("“The enemy launched 52 attack drones from the Kursk direction. Of them, 41 were shot down. "
            "Three hit an energy facility,” Yurii Ihnat, the air force spokesman, said.")
    assert set(names(text)) == {"Yurii Ihnat"}


def test_a_story_is_told_in_the_words_of_the_source_its_headline_names():
    text = ("Drones hit Nikopol all day: Serhiy Lysak told about the consequences\n\n"
            "The Nikopol district was attacked with kamikaze drones more than 20 times. "
            "In Marhanets, a 58-year-old man was killed by a drone.")
    assert {c.claimant.name for c in claims_of(text)} == {"Serhiy Lysak"}


def test_a_spokesman_titled_by_his_body_speaks_with_it():
    text = ("Ukraine's navy says Russian ship fired Kalibrs\n\n"
            "Russia launched four Kalibr cruise missiles on Saturday, Ukraine's navy spokesman Dmytro Pletenchuk "
            "said. Two of the missiles were shot down.")
    [claim] = [c for c in claims_of(text) if c.weapons and c.weapons[0].launched]
    assert (claim.weapons[0].launched, claim.weapons[0].destroyed) == (4, 2)


def test_the_items_of_a_list_speak_in_the_voice_that_introduced_them():
    text = ("Russian forces shelled the Chernihiv region 40 times on Monday, the regional military administration "
            "reported. By community:\n"
            "Semenivka community: the enemy dropped 3 KABs near the village of Hai.\n"
            "Novhorod-Siverskyi community: a drone struck a tractor.\n")
    assert set(names(text)) == {"Chernihiv Regional Military Administration"}


def test_paragraphs_labelled_by_a_place_and_a_full_stop_are_items_of_the_list_before_them():
    text = ("Russian forces struck nine communities of the Kharkiv region on Sunday, the regional military "
            "administration said. Here is what is known so far.\n\n"
            "Zolochiv community. The enemy dropped two KABs on the outskirts.\n\n"
            "Kupiansk community. An FPV drone hit a car; the driver was injured.\n\n"
            "Balakliia community. A Lancet struck a warehouse.\n\n"
            "UPDATE. A second drone hit Kupiansk in the evening, its mayor, Andrii Besedin, said.")
    voices = {w.model: c.claimant.name for c in claims_of(text) for w in c.weapons if w.model in ("KAB", "Lancet")}
    assert voices == {"KAB": "Kharkiv Regional Military Administration", "Lancet": "Kharkiv Regional Military Administration"}


def test_a_credit_line_in_brackets_under_a_heading_gives_the_voice_of_the_list_after_it():
    text = ("Drones struck Sumy overnight, mayor Artem Kobzar said. Two people were hurt.\n\n"
            "THE DAY IN THE REGION\n"
            "(Sumy Regional Military Administration, as of 09:00 on 4 May)\n\n"
            "The enemy struck the region's communities with:\n"
            "• 4 guided aerial bombs\n"
            "• 6 FPV drones\n")
    voices = voices_of(text)
    assert voices["KAB"] == "Sumy Regional Military Administration"


def test_a_photos_credit_in_brackets_is_no_voice():
    text = ("Drones struck Sumy overnight, mayor Artem Kobzar said.\n\n"
            "(Sumy City Council / Telegram)\n\n"
            "Two drones hit a school.")
    assert {name for name in names(text) if name} == {"Artem Kobzar"}


def test_a_list_opened_a_sentence_after_its_speaker_still_speaks_in_that_voice():
    text = ("Russian forces attacked the Kherson region 52 times on Sunday, the regional military administration "
            "said. Nine people were hurt. Strikes were recorded in:\n"
            "Bilozerka community: the enemy dropped 2 KABs on a farm.\n"
            "Beryslav community: a drone struck a shop.\n")
    assert set(names(text)) == {"Kherson Regional Military Administration"}


def test_a_list_published_under_a_heading_in_capitals_speaks_in_the_voice_that_published_it():
    text = ("Ukraine's air force said Russia attacked overnight. The force published the following figures:\n\n"
            "MEANS OF AIR ATTACK — 76\n\n"
            "- Kalibr cruise missiles (from the Black Sea): 12 / shot down 10\n"
            "- Shahed drones and decoy drones (from Kursk and Oryol): 64 / shot down 51\n")
    weapons = [(w.model or w.category, w.launched, w.destroyed, c.claimant.name)
               for c in claims_of(text, date(2025, 6, 2)) for w in c.weapons]
    assert weapons == [("Kalibr", 12, 10, "Ukrainian Air Force"), ("drone", 64, 51, "Ukrainian Air Force")]


def test_bullets_under_a_heading_that_names_their_source_speak_in_its_voice_past_one_that_quotes_a_mayor():
    text = ("Week 12 in review\n\n"
            "Nights in figures (air force data)\n\n"
            "• Night to Tuesday: 88 drones, of which 70 were shot down.\n\n"
            "• Night to Wednesday: 61 drones. Shot down: 49. Three people were hurt in Sumy, the city's mayor, "
            "Artem Kobzar, said.\n\n"
            "• Night to Thursday: 35 drones. Shot down: 30.\n\n"
            "Our view\n\n"
            "The nightly numbers are falling.")
    voices = {w.launched: c.claimant.name for c in claims_of(text, date(2025, 3, 21)) for w in c.weapons if w.launched}
    assert voices == {88: "Ukrainian Air Force", 61: "Ukrainian Air Force", 35: "Ukrainian Air Force"}


def test_items_set_apart_as_paragraphs_of_their_own_still_speak_in_the_lists_voice():
    text = ("Russia attacked Ukraine overnight with 120 drones and 14 missiles of various types.\n\n"
            "This was reported by the Ukrainian air force on Telegram.\n\n\"Overnight, the enemy attacked with 134 means "
            "of air attack,\" the statement says. According to the force, the attack involved:\n\n"
            "- 120 Shahed-type strike drones launched from Kursk and Oryol;\n"
            "- 11 Kh-101 cruise missiles launched from Tu-95MS bombers over the Caspian Sea;\n"
            "- 3 Iskander-M ballistic missiles launched from the Belgorod region.\n\n"
            "Dnipropetrovsk regional head Serhiy Lysak said two missiles hit an industrial site in Kamianske.")
    voices = {w.model: c.claimant.name for c in claims_of(text, date(2025, 6, 2)) for w in c.weapons
              if w.model and w.launched and w.launched > 2}
    assert voices == {"Shahed-136/131": "Ukrainian Air Force", "Kh-101/Kh-555": "Ukrainian Air Force",
                      "Iskander-M": "Ukrainian Air Force"}


def test_the_city_administration_is_not_the_regional_one_named_before():
    text = ("The Kharkiv Regional Military Administration said four guided bombs hit Kupiansk on Monday. "
            "In the evening, according to the city military administration, two drones hit a garage in Kharkiv.")
    assert "city military administration" in names(text)


def test_a_sentence_between_two_of_one_speaker_is_that_speakers():
    text = ("Russia launched 30 drones overnight, the air force said. "
            "It also fired two Iskander-M missiles. "
            "Both missiles were shot down, the air force said.")
    assert set(names(text)) == {"Ukrainian Air Force"}


def test_a_short_surname_of_a_registered_person():
    text = ("Vitaliy Kim said a drone hit a warehouse in Ochakiv overnight. "
            "Two guided missiles later struck Mykolaiv, Kim added.")
    assert set(names(text)) == {"Vitaliy Kim"}


def test_a_quoted_statement_that_names_no_speaker_is_the_voice_named_before_it():
    text = ("The defence ministry in Moscow issued its second statement of the day at noon.\n\n"
            "Full text:\n\n"
            "\"From 08:00 to 12:00, air defence means destroyed 14 Ukrainian drones over the Kursk region.\n\n"
            "All of them were aircraft-type unmanned aerial vehicles.\"")
    assert names(text) == ["Russian Defence Ministry"]


def test_a_quotation_under_the_statement_reads_is_the_voice_that_published_it_not_one_before():
    text = ("Odesa's mayor said two people were hurt in the Prymorskyi district.\n\n"
            "The Air Force has published its morning update. The statement reads:\n\n"
            "\"Overnight the enemy launched 63 attack drones. Air defence downed 51 of them.\n\n"
            "Impacts were recorded in three regions.\"")
    assert [(c.claimant.name, [(w.launched, w.destroyed) for w in c.weapons]) for c in claims_of(text)
            if c.weapons and c.weapons[0].launched] == [("Ukrainian Air Force", [(63, 51)])]


@pytest.mark.parametrize("text, lang", [
    ("Ukrenergo | Press centre | News\n\nOvernight a drone hit a substation in the Odesa region, injuring two workers.",
     "en"),
    ("Укренерго | Прес-центр | Новини\n\nВночі дрон влучив у підстанцію на Одещині, поранено двох працівників.", "uk"),
])
def test_a_bodys_own_press_page_tells_the_story_in_its_voice(text, lang):
    [claim] = read(text, date(2025, 6, 2), lang).claims
    assert claim.claimant.name == "Ukrenergo"


def test_according_to_its_statement_is_the_body_that_released_it():
    text = ("Lutsk's mayor said a missile damaged a boiler house.\n\n"
            "The Air Force has released its morning figures. According to its statement, Russia launched 48 drones, "
            "and 40 of them were shot down.")
    assert [c.claimant.name for c in claims_of(text) if c.weapons[0].category == "drone"] == ["Ukrainian Air Force"]


def test_a_quotation_after_here_is_how_a_person_described_it_is_theirs():
    text = ("The Air Force reported 40 drones overnight.\n\n"
            "Here is how Mykolaiv governor Vitalii Kim described the attack on the port:\n\n"
            "\"Two drones hit a grain terminal. A fire broke out and one worker was injured.\"")
    assert names(text)[-1] == "Vitaliy Kim"


@pytest.mark.parametrize("text, lang", [
    ("Местные паблики пишут о взрывах. Telegram-канал Astra сообщил, что по Курчатову запустили не меньше пяти дронов.", "ru"),
    ("Local channels wrote of blasts in Kursk. The Telegram channel Astra said at least five drones were fired at Kurchatov.", "en"),
])
def test_a_channel_noun_before_an_outlets_name_is_that_outlet_not_the_channels_named_before(text, lang):
    assert [c.claimant.name for c in read(text, date(2025, 2, 18), lang).claims] == ["Astra"]


def test_a_transcript_turn_is_in_the_voice_of_the_person_named_in_capitals():
    text = ("HOST: With us is Colonel Ihor Romanenko, an air defence officer in Kharkiv.\n\n"
            "ROMANENKO: Tonight the enemy sent nine Shahed drones at the city. Seven were shot down.\n\n"
            "HOST: Thank you.")
    [claim] = claims_of(text)
    assert claim.claimant.name == "Ihor Romanenko" and claim.weapons[0].destroyed == 7


def test_a_reports_note_on_its_figures_names_their_source():
    text = ("Weekly drone count\n\n"
            "The numbers below come from the daily summaries of the Ukrainian Air Force.\n\n"
            "Monday: 48 drones launched, 40 of them shot down.")
    assert names(text) == ["Ukrainian Air Force"]


def test_an_outlet_publishing_a_bodys_report_gives_the_body_the_voice():
    text = ("Our agency publishes the General Staff report in full:\n\n"
            "\"Overnight, Russia launched 31 drones at Ukraine.\"")
    [name] = names(text)
    assert "General Staff" in name


def test_a_sides_military_is_the_body_the_report_then_names_as_its_source():
    text = ("Russia's defence ministry said it downed 12 Ukrainian drones over the Kursk region. "
            "Ukraine's military said Russia had fired 20 Shahed drones at Sumy overnight. "
            "The air force, which published the figures on Telegram, said 15 of them were shot down.")
    assert "Ukrainian Air Force" in names(text)
    assert "Ukrainian military" not in names(text)


def test_a_side_that_says_it_downed_drones_speaks_through_its_military():
    text = ("Russia says it downed 61 Ukrainian drones overnight\n\n"
            "The Kremlin declined to comment on the talks in Riyadh. "
            "Russia's defence ministry said air defences destroyed 61 Ukrainian drones over nine regions.")
    assert set(names(text)) == {"Russian Defence Ministry"}


def test_a_pronoun_after_a_body_in_the_same_sentence_is_that_body():
    text = ("The General Staff said its drones hit a depot near Liski. "
            "Update: the air force has revised its figures: 61 of the 80 drones were shot down, it now says.")
    assert "Ukrainian Air Force" in names(text)


def test_it_after_a_body_that_opens_the_sentence_before_is_that_body():
    text = ("Poland's Operational Command said a missile crossed its airspace. "
            "In Moscow, the defence ministry made no mention of Poland. "
            "It said its forces had struck energy sites in Ukraine with missiles and drones.")
    assert any("ministry" in name.lower() for name in names(text) if name)
    assert names(text)[-1] != "Operational Command of the Polish Armed Forces"


def test_its_spokesman_speaks_for_the_body_named_before():
    text = ("Lithuania's armed forces said they tracked the drones. Its spokeswoman, Rasa Jonaitiene, said "
            "three drones crossed the border overnight and one was shot down.")
    claim = next(c for c in claims_of(text) if c.weapons)
    assert claim.claimant.name == "Rasa Jonaitiene" and claim.claimant.party == "LT"
    assert any("Lithuania" in alias or "Lithuanian" in alias for alias in claim.claimant.aliases)


def test_the_head_of_the_region_is_not_another_regions_head_named_later():
    text = ("A drone hit a garage in Kozinka on Sunday, Belgorod Region Governor Vyacheslav Gladkov said. "
            "\"One man was hurt,\" the head of the region wrote. "
            "Earlier, the head of the neighbouring Bryansk region, Alexander Bogomaz, said debris fell on a barn.")
    assert only_claim_with_figure(text).claimant.name == "Vyacheslav Gladkov"


def only_claim_with_figure(text: str):
    found = [c for c in claims_of(text) if any(w.launched or w.destroyed for w in c.weapons)]
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def test_a_name_quoted_before_he_is_not_who_he_is():
    text = ("The president called the strike cynical. \"Putin chose a holiday for this,\" he wrote, "
            "adding that more than 40 drones had been launched. President Volodymyr Zelensky spoke later.")
    assert only_claim_with_figure(text).claimant.name != "Vladimir Putin"


def test_their_spokesman_speaks_for_the_body_the_sentence_before_named():
    text = ("The Southern Defence Forces gave a different count. Their spokeswoman, Iryna Melnyk, said around "
            "15 drones had been aimed at the coast and nine were shot down over the sea.")
    claim = only_claim_with_figure(text)
    assert claim.claimant.name == "Iryna Melnyk" and claim.claimant.party == "UA"


def test_a_headquarters_described_not_named_speaks_as_described():
    text = ("In the Krasnodar Territory, a drone fell on a farm near the stanitsa of Poltavskaya, the regional "
            "operational headquarters said. No one was hurt, according to the headquarters.")
    assert names(text) == ["regional operational headquarters"]


def test_the_governor_of_a_countrys_region_is_that_regions_governor():
    text = ("The governor of Russia's neighbouring Bryansk region said a drone hit a barn in Klimovo overnight. "
            "\"No one was hurt,\" governor Alexander Bogomaz said.")
    assert "Alexander Bogomaz" in names(text)


def test_a_capitals_military_is_the_sides_body_the_report_names():
    text = ("Ukraine hit a refinery in Russia's Samara region with drones overnight, Kyiv's military said. "
            "Ukraine's General Staff said the strike caused a large fire.")
    assert names(text)[0] == "Ukrainian General Staff"


def test_that_is_according_to_gives_its_speaker_to_the_sentence_before():
    text = ("The air force said 60 drones were launched overnight.\n\n"
            "Five drones were shot down over the Poltava region. That is according to Volodymyr Kohut, "
            "the head of the regional administration.")
    voices = {w.destroyed: c.claimant.name for c in claims_of(text) for w in c.weapons if w.destroyed}
    assert voices == {5: "Volodymyr Kohut"}


@pytest.mark.parametrize("note", ["The figures on this page are the Ukrainian Air Force's daily statements.",
                                  "All numbers in the log below are those of the Ukrainian Air Force.",
                                  "Unless stated otherwise, the figures are those issued by Ukraine's Air Force."])
def test_a_note_that_the_figures_are_a_bodys_statements_names_their_source(note):
    text = f"Night log\n\n{note}\n\nTuesday: 27 drones launched, 19 of them shot down."
    assert names(text) == ["Ukrainian Air Force"]


def test_a_post_headed_by_its_authors_name_and_title_is_theirs():
    text = ("Вячеслав Гладков | Губернатор Белгородской области\n\n"
            "Ночью силами ПВО над Белгородом уничтожены девять беспилотников. Пострадавших нет.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 6, 2))] == ["Vyacheslav Gladkov"]


@pytest.mark.parametrize("line", ["Posted 3 Sep 2025, 08:40 by Alexander Khinshtein, acting governor of Kursk Region.",
                                  "Published by Alexander Khinshtein on his official channel."])
def test_a_line_that_says_who_posted_the_page_gives_the_post_its_authors_voice(line):
    text = (f"Night summary\n\n{line}\n\n"
            "Good morning. Over the night 27 drones were sent against the region; 20 were shot down.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 9, 3))] == ["Alexander Khinshtein"]


def test_a_journalists_byline_gives_no_voice():
    text = ("Night summary\n\nPosted 3 Sep 2025 by Daniel Marsh, staff reporter.\n\n"
            "Over the night 27 drones were sent against the region; 20 were shot down.")
    assert [c.claimant for c in claims_of(text, date(2025, 9, 3))] == [None]


def test_a_post_headed_by_its_authors_full_name_surname_first_is_theirs():
    text = ("Гладков Вячеслав Владимирович\nГубернатор Белгородской области\n\n"
            "Ночью силами ПВО над Белгородом уничтожены семь беспилотников. Пострадавших нет.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 6, 2))] == ["Vyacheslav Gladkov"]


def test_the_attacking_sides_forces_named_in_a_governors_post_are_not_another_source():
    text = ("Вячеслав Гладков | Губернатор Белгородской области\n\n"
            "Ночью ВСУ атаковали область беспилотниками. Силами ПВО уничтожены семь БПЛА.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 6, 2))] == ["Vyacheslav Gladkov"]


def test_a_longer_header_line_that_is_all_names_heads_the_post():
    text = ("Повітряні сили ЗС України / Air Force of the Armed Forces of Ukraine\n\n"
            "Уночі над Київщиною збито 14 ударних БпЛА типу Shahed.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 2, 6))] == ["Ukrainian Air Force"]


def test_the_answers_of_an_interview_are_the_words_of_the_person_introduced():
    text = ("Major Andriy Kovalenko commands a mobile fire group near Odesa. We asked him about the winter.\n\n"
            "— How did the night into 12 February look from your position?\n\n"
            "— The air force said the enemy used 140 drones against the whole country. In our sector we counted "
            "31 drones and we destroyed 26 of them.\n\n"
            "— And the rest?\n\n"
            "— Some were jammed, some fell in the sea.\n\n"
            "— What do you need most?\n\n"
            "— Ammunition and thermal cameras.")
    sector = next(c for c in claims_of(text, date(2026, 2, 20)) if any(w.launched == 31 for w in c.weapons))
    assert (sector.claimant.name, sector.weapons[0].destroyed, sector.time.end) == (
        "Andriy Kovalenko", 26, date(2026, 2, 12))


def test_a_paragraph_in_another_voice_after_the_interview_ends_the_answers():
    text = ("Пресс-секретарь МИД России Мария Захарова на брифинге заявила, что ночью украинские дроны атаковали Курск.\n\n"
            "— Сколько было беспилотников?\n\n"
            "— Восемь беспилотников. Восемь! По жилым кварталам.\n\n"
            "— Будет ли ответ?\n\n"
            "— Ответ будет, и очень скоро.\n\n"
            "Украинская сторона тем временем отчиталась о своей ночи. По данным Воздушных сил ВСУ, Россия атаковала "
            "Украину 64 ударными беспилотниками. Сбить или подавить удалось 41 дрон.")
    tally = next(c for c in claims_of(text, date(2026, 2, 20)) if any(w.launched == 64 for w in c.weapons))
    assert (tally.claimant.name, tally.weapons[0].destroyed) == ("Ukrainian Air Force", 41)


def test_a_quotation_opened_after_its_speakers_sentence_is_still_theirs():
    text = ('Kyiv\'s mayor described the night. "Russia fired 12 missiles at the capital," Vitali Klitschko wrote. '
            '"The air defence worked. It shot down ten of them."')
    doc = read(text, date(2025, 6, 2))
    assert [s.text[:1] for s in doc.sentences] == ["K", '"', '"', "I"]  # a quote after a space opens a sentence
    assert {s.claimant.name for s in doc.sentences[1:]} == {"Vitali Klitschko"}


def test_a_named_air_command_that_shot_down_the_drones_is_no_source_in_an_officials_post():
    text = ("Сергій Лисак | Дніпропетровська ОВА\n\n"
            "Над областю сили ППО Повітряного командування «Схід» збили 11 ударних БпЛА.\n\n"
            "У Павлограді уламки пошкодили будинок.")
    assert {c.claimant.name for c in claims_of(text, date(2025, 6, 2))} == {"Serhiy Lysak"}


def test_a_source_line_after_the_story_crediting_an_outlet_names_no_claimant():
    text = ("Russia fired 40 drones at Kharkiv overnight, killing two people.\n\n"
            "Source: Al Jazeera and news agencies")
    assert [c.claimant for c in claims_of(text, date(2025, 3, 10))] == [None]


def test_the_agency_is_the_intelligence_service_named_before_not_the_outlet_after():
    text = ("Drones of the Security Service of Ukraine struck an oil depot in the Bryansk region overnight, a source "
            "in the agency told the Kyiv Independent. According to the source, 12 drones took part.")
    assert [c.claimant.name for c in claims_of(text, date(2025, 3, 10))] == ["Security Service of Ukraine"]


def test_a_transcript_turn_goes_on_over_its_paragraphs_until_a_question():
    text = ("Briefing transcript\n\nSpeaking: Natalia Humeniuk, spokeswoman of the Southern Defence Forces.\n\n"
            "HUMENIUK: Good morning. The night was a hard one for the south.\n\n"
            "Over Odesa the enemy sent 22 attack drones, and 19 were destroyed.\n\n"
            "Q (Odesa Daily): The mayor, Hennadiy Trukhanov, wrote that 25 drones were shot down. Why the difference?\n\n"
            "HUMENIUK: Our count covers the region as a whole.")
    voices = {(w.launched, w.destroyed): c.claimant.name for c in claims_of(text) for w in c.weapons}
    assert voices == {(22, 19): "Natalia Humeniuk", (None, 25): "Hennadiy Trukhanov"}


def test_a_countrys_commander_is_the_general_named_next():
    text = ("Russia fired 40 missiles at Ukraine overnight, Ukraine's commander-in-chief said. Air defences downed "
            "31 of them, General Oleksandr Syrskyi wrote on Telegram.")
    assert {c.claimant.name for c in claims_of(text)} == {"Oleksandr Syrskyi"}


@pytest.mark.parametrize("text, voice", [
    ("The UN Human Rights Monitoring Mission in Ukraine released its quarterly report on Friday. "
     "A missile struck a school in Sumy on 3 May, killing two teachers, the Mission said.",
     "UN Human Rights Monitoring Mission in Ukraine"),
    ("Doctors Without Borders suspended its clinics near Kherson on Monday. "
     "A drone struck its clearly marked car on Sunday, the charity said.", "Médecins Sans Frontières"),
])
def test_an_international_body_named_before_speaks_through_its_anaphor(text, voice):
    assert [c.claimant.name for c in claims_of(text) if c.weapons] == [voice]


@pytest.mark.parametrize("text, voice", [
    ("Начальник Харківської ОВА Олег Синєгубов повідомив, що ракета влучила в склад у Чугуєві. "
     "Вночі сили ППО знищили над областю 11 безпілотників.", "Oleh Syniehubov"),
    ("Губернатор Курской области Александр Хинштейн сообщил о попадании дрона в жилой дом в Рыльске. "
     "Ночью силы ПВО уничтожили над регионом восемь беспилотников.", "Alexander Khinshtein"),
])
def test_air_defence_acting_in_a_named_regional_heads_account_is_told_by_that_head(text, voice):
    assert {c.claimant.name for c in claims_of(text) if any(w.destroyed for w in c.weapons)} == {voice}


def test_air_defence_acting_in_a_story_a_regional_heads_name_heads_is_told_by_that_head():
    text = ("ВОРОНЕЖ СЕГОДНЯ\n\n"
            "Александр Гусев рассказал о ночной атаке на Лискинский район\n\n"
            "12 марта 2025\n\n"
            "Над Лискинским районом ночью силами ПВО сбиты семь беспилотников. Пострадавших нет.")
    assert [c.claimant.name for c in claims_of(text) if c.weapons] == ["Alexander Gusev"]


@pytest.mark.parametrize("text, speaker", [
    ("In the afternoon, the commander of the eastern grouping, Colonel Andrii Marchenko, spoke to reporters. "
     '"Two ballistic missiles came in from the north," he said.', "Andrii Marchenko"),
    ("On Friday evening, the chief of the general staff, General Tomasz Wrona, met reporters. "
     '"One drone crossed the border near Chelm," he said.', "Tomasz Wrona"),
    ("The head of Poland's national security bureau, Jacek Siewiera, gave a briefing on Friday. "
     '"One cruise missile stayed over our territory for three minutes," he said.', "Jacek Siewiera"),
])
def test_a_description_set_beside_a_name_between_commas_is_that_person(text, speaker):
    assert names(text)[-1] == speaker


def test_a_bullet_that_names_its_source_keeps_it_for_its_next_sentence():
    text = ("Key events on Friday, March 6\n\n"
            "A firefighter at a burning warehouse in Odesa [Handout: State Emergency Service of Ukraine via Reuters]\n\n"
            "- Russia struck Odesa overnight, regional governor Oleh Kiper said. A port warehouse burned.\n\n"
            "- Ukraine's air force said Russia launched 95 drones and 12 missiles overnight. "
            "The missiles included Kalibr cruise missiles fired from the Black Sea.\n\n"
            "- Poland scrambled jets as a precaution, its operational command said.\n\n"
            "- The European Union agreed a new package of sanctions.")
    kalibr = {c.claimant.name for c in claims_of(text) if any(w.model == "Kalibr" for w in c.weapons)}
    assert kalibr == {"Ukrainian Air Force"}  # not the photo's credit


def test_a_long_quotation_speaks_in_its_introducers_voice_not_an_agent_inside_it():
    text = ("Губернатор Кубани Вениамин Кондратьев подвел итоги ночи:\n\n"
            "«Над Анапой силами ПВО сбиты 12 беспилотников. К сожалению, в Витязево при падении обломков "
            "ранены два человека. Выражаю им слова поддержки».\n\n"
            "Минобороны России сообщило, что над регионами уничтожены 40 беспилотников.")
    doc = read(text, date(2025, 8, 24), "ru")
    quoted = [s for s in doc.sentences if "Анап" in s.text or "Витязево" in s.text or "поддержки" in s.text]
    assert [s.claimant.name for s in quoted] == ["Veniamin Kondratyev"] * 3


def test_a_ministry_telling_of_its_own_sides_forces_strike_is_that_sides():
    text = ("The Russian Armed Forces delivered a group strike with long-range weapons and attack drones "
            "on Ukrainian airfields overnight, the ministry said.")
    assert names(text) == ["Russian Defence Ministry"]


def test_paragraphs_opened_by_a_place_and_a_colon_speak_in_the_voice_that_announced_them():
    text = ("Russian forces struck 30 settlements in the Sumy region on Monday, the Sumy Regional Military "
            "Administration said.\n\n\"The enemy keeps terrorising the border,\" the head of the administration, "
            "Oleh Hryhorov, said.\n\nHere is the administration's account of the communities hit.\n\n"
            "Velyka Pysarivka community: a drone dropped explosives on a car, injuring the driver.\n\n"
            "Myropillia community: two guided bombs hit a farm on the outskirts.")
    voices = {c.claimant.name if c.claimant else None for c in claims_of(text)}
    assert voices and voices <= {"Sumy Regional Military Administration", "Oleh Hryhorov"}


def test_a_live_posts_heading_that_names_its_source_gives_the_post_that_voice():
    text = ("Ніч на Сумщині: онлайн\n\n"
            "09:30 Сумська ОВА: наслідки\nУ Шостці пошкоджено два будинки, постраждалих немає.\n\n"
            "08:15 Повітряні сили: підсумки ночі\nУночі ворог атакував 64 ударними БпЛА. Збито 50 дронів.")
    drones = next(c for c in claims_of(text, date(2025, 10, 3)) if any(w.launched == 64 for w in c.weapons))
    assert drones.claimant.name == "Ukrainian Air Force"


def test_an_abbreviation_resolves_to_a_body_that_bears_it_as_a_word_not_inside_another_word():
    text = ("Уночі ворог атакував Україну 40 ударними дронами, повідомили Повітряні сили. Командування Повітряних сил "
            "уточнило, що збито 31 дрон.\n\nОВА повідомила, що на Сумщину скинуто 3 КАБ.")
    bombs = next(c for c in claims_of(text, date(2025, 10, 2)) if any(w.model == "KAB" for w in c.weapons))
    assert bombs.claimant is None or bombs.claimant.name != "Ukrainian Air Force"  # (not "Командування")


def test_a_paragraph_that_names_its_own_source_ends_the_turn_of_a_speaker_before_it():
    text = ("Мер Харкова Ігор Терехов повідомив про вибухи.\n\nТерехов: місто атакують «шахеди».\n\n"
            "🇺🇦 Повітряні сили: у ніч на 11 березня ворог атакував 94 ударними БпЛА. Близько 60 з них — «шахеди». "
            "Збито/подавлено 71 ворожий БпЛА.")
    tally = next(c for c in claims_of(text, date(2026, 3, 11)) if any(w.launched == 94 for w in c.weapons))
    assert tally.claimant.name == "Ukrainian Air Force" and [w.destroyed for w in tally.weapons if w.launched == 94] == [71]


def test_a_heading_that_names_its_figures_source_gives_the_bullets_on_the_next_lines_that_voice():
    text = ("DNIPRO — night of 16–17 September\nDrones attacked Dnipro late on Tuesday evening and into Wednesday. "
            "According to the Dnipropetrovsk Regional Military Administration, a drone hit a warehouse in the Samarskyi "
            "district. Air defences shot down nine drones over the region overnight, the administration said.\n\n"
            "ACROSS UKRAINE — Air Force figures\n• Tuesday morning: 71 drones launched, 55 shot down.\n"
            "• Wednesday morning: 40 drones, 31 of them shot down.")
    tallies = [c for c in claims_of(text, date(2025, 9, 17)) if any(w.launched in (71, 40) for w in c.weapons)]
    assert {c.claimant.name for c in tallies} == {"Ukrainian Air Force"}


@pytest.mark.parametrize("text", [
    "Начальник ОВА Сергій Борзов повідомив, що над областю збито 11 дронів. Дані Повітряних сил не містять згадки "
    "про «Кинджали». За їхнім підсумком, ворог атакував Україну 96 ударними БпЛА.",
    "Глава ОВА Сергей Борзов сообщил, что над областью сбиты 11 дронов. Данные Воздушных сил не упоминают "
    "«Кинжалы». По их данным, противник атаковал Украину 96 ударными БпЛА.",
])
def test_a_relay_with_a_possessive_is_the_body_told_of_before(text):
    tally = next(c for c in claims_of(text, date(2025, 8, 12)) if any(w.launched == 96 for w in c.weapons))
    assert tally.claimant.name == "Ukrainian Air Force"


def test_a_regional_body_in_a_sentence_about_another_region_is_not_the_head_named_before():
    text = ("In Poltava, a drone hit a warehouse in the Kyivskyi district, said Volodymyr Kohut, head of the Poltava "
            "Oblast Military Administration. In Chernihiv Oblast, Russian drones damaged a school in the Nizhyn "
            "hromada, the oblast military administration said.")
    assert set(names(text)) == {"Volodymyr Kohut", "Chernihiv Oblast Military Administration"}


def test_a_river_named_beside_a_city_gives_no_regional_body_its_name():
    text = "Drones hit a fuel depot in the Dnieper port town of Kremenchuk overnight, the regional governor said."
    assert names(text) == ["regional governor"]


def test_a_regional_body_in_a_sentence_about_its_own_region_is_the_head_named_before():
    text = ("Volodymyr Kohut, head of the Poltava Oblast Military Administration, said the night was loud. In Poltava "
            "Oblast, Russian drones damaged a substation near Myrhorod, the regional military administration said.")
    assert set(names(text)) == {"Volodymyr Kohut"}


def test_a_sentence_between_a_body_and_its_commander_is_in_their_voice():
    doc = read("Russia launched 80 missiles overnight, the Ukrainian Air Force said. Among them were Kalibrs fired "
               "from the Black Sea. Air Force commander Mykola Oleshchuk said 66 missiles were shot down.", date(2024, 11, 17))
    assert doc.sentences[1].claimant.name == "Ukrainian Air Force"


def test_a_lead_with_no_voice_is_the_voice_that_next_says_how_many_of_its_weapons_were_downed():
    text = ("Overnight, Russia fired 210 drones and 24 missiles, among them Kalibr cruise missiles. "
            "The air force reported shooting down 180 drones and 19 missiles.")
    assert set(names(text)) == {"Ukrainian Air Force"}


def test_a_lead_is_not_the_voice_of_the_air_defence_that_downed_its_weapons():
    text = ("Голова ОВА Іван Федоров підсумував ніч. По області ворог випустив шість ракет і 17 ударних дронів. "
            "ППО збила три ракети та 11 дронів.")
    launched = {c.claimant.name for c in claims_of(text) if any(w.launched for w in c.weapons)}
    assert launched == {"Ivan Fedorov"}


def test_a_channel_headed_by_a_body_and_its_head_is_the_heads():
    text = ("Сумська ОВА | Олег Григоров\n\n12 березня 2026\n\n"
            "Уночі ворог атакував область ударними дронами. Сили ППО збили 9 БпЛА.")
    assert names(text) == ["Oleh Hryhorov"]


@pytest.mark.parametrize("text, speaker", [
    ("Повітряні сили повідомили, що ворог випустив по Україні 12 ракет Х-101. У відомстві уточнили, що збито 10 з них.",
     "Ukrainian Air Force"),
    ("Генштаб ЗСУ заявив про удар по нафтобазі. За даними відомства, на об'єкт полетіли 15 дронів.",
     "Ukrainian General Staff"),
    ("Минобороны России сообщило о 40 сбитых беспилотниках. В ведомстве уточнили, что 12 из них сбиты над Курской "
     "областью.", "Russian Defence Ministry"),
])
def test_the_department_is_whichever_body_was_named_last(text, speaker):
    assert set(names(text)) == {speaker}


@pytest.mark.parametrize("text, lang", [
    ("Мер Харкова Ігор Терехов сказав, що в місті чули вибухи. Зранку голова Харківської ОВА Олег Синєгубов навів "
     "власні цифри. За його даними, вночі по області випустили шість дронів «Герань-2».", "uk"),
    ("Mayor Ihor Terekhov said explosions were heard in the city. By morning regional governor Oleh Syniehubov gave "
     "figures of his own. According to him, six Geran-2 drones were launched at the region overnight.", "en"),
])
def test_his_word_is_the_person_the_sentence_before_opens_with(text, lang):
    claim = next(c for c in extract_claims(text, date(2025, 10, 17), lang=lang) if c.weapons[0].launched == 6)
    assert claim.claimant.name == "Oleh Syniehubov"


@pytest.mark.parametrize("text, lang, name", [
    ("Полтавська ОДА\n\n3 березня 2025, 08:10\n\nВночі над областю збили 6 ударних БпЛА.", "uk",
     "Poltava Regional Military Administration"),
    ("Полтавська ОВА\n\n3 березня 2025, 08:10\n\nВночі над областю збили 6 ударних БпЛА.\n\nВолодимир Когут, "
     "начальник ОВА", "uk", "Volodymyr Kohut"),
    ("Poltava Regional Military Administration\n\n3 March 2025, 08:10\n\nSix attack drones were shot down over the "
     "region overnight.\n\nVolodymyr Kohut, head of the administration", "en", "Volodymyr Kohut"),
])
def test_an_administrations_post_is_in_its_voice_or_in_the_voice_of_the_head_who_signs_it(text, lang, name):
    [claim] = extract_claims(text, date(2025, 3, 3), lang=lang)
    assert claim.claimant.name == name


@pytest.mark.parametrize("text, body", [
    ("Уночі росіяни атакували Полтавську область. За даними обласної військової адміністрації, уламки дрона "
     "пошкодили склад у Лубнах.", "Poltava Regional Military Administration"),
    ("Ночью беспилотники атаковали Курскую область. Как сообщил оперативный штаб, в Рыльске повреждены два дома.",
     "Kursk Region operational headquarters"),
])
def test_a_regional_body_described_in_cyrillic_is_the_registered_body_of_the_region_told(text, body):
    assert body in [c.claimant.name for c in extract_claims(text, date(2025, 6, 2))]


def test_the_paragraphs_after_a_sentence_crediting_a_summary_are_that_summary():
    text = ("Зведення за добу оприлюднив Олег Синєгубов, наводимо його повністю.\n\n"
            "• Куп'янська громада — 3 КАБ, поранено чоловіка.\n\n"
            "• Вовчанська громада — 2 КАБ, пошкоджено склад.\n\n"
            "Окремо Повітряні сили повідомили про 40 дронів.")
    voices = {(w.launched, c.claimant.name) for c in extract_claims(text, date(2025, 6, 2)) for w in c.weapons}
    assert {(3, "Oleh Syniehubov"), (2, "Oleh Syniehubov"), (40, "Ukrainian Air Force")} <= voices


def test_a_sentence_that_credits_the_latest_toll_voices_the_toll_told_before_it():
    text = ("A guided bomb struck a market in Zaporizhzhia on Monday.\n\nThe number of people killed rose to nine. "
            "The regional head, Ivan Fedorov, gave the latest toll on Telegram.")
    claim = only_claim(text)
    assert (claim.claimant.name, claim.killed) == ("Ivan Fedorov", 9)


def test_a_description_that_is_a_registered_name_is_that_body_not_one_named_before_with_its_words():
    text = ("Міноборони Росії заявило, що за ніч над Ростовською областю ППО знищила 30 українських дронів. "
            "Як повідомили Повітряні сили, 20 дронів збили.")
    assert names(text) == ["Russian Defence Ministry", "Ukrainian Air Force"]


def test_a_lead_is_the_voice_of_the_next_sentence_that_tells_how_many_of_its_weapons_were_downed():
    text = ("Губернатор Брянської області Олександр Богомаз повідомив про уламки дрона в Брянську. "
            "Тим часом Росія цієї ночі атакувала Україну 60 ударними дронами. "
            "Як повідомили Повітряні сили, 45 із них збили або подавили.")
    counts = {(w.launched, w.destroyed): c.claimant.name for c in claims_of(text) for w in c.weapons}
    assert counts[(60, 45)] == "Ukrainian Air Force"


def test_air_defence_with_no_attacker_of_its_own_is_the_side_attacked_in_the_sentence_before():
    text = ("Міноборони РФ заявило, що знищило 20 українських дронів над Брянською областю.\n\n"
            "За даними Повітряних сил, ворог запустив 40 ударних БпЛА. Протиповітряна оборона збила 31 дрон.")
    counts = {(c.claimant.name, w.launched, w.destroyed) for c in claims_of(text) for w in c.weapons}
    assert ("Ukrainian Air Force", 40, 31) in counts


def test_a_forwarded_post_is_in_the_voice_it_was_forwarded_from():
    text = ("Вячеслав Гладков\n\nНочью в Шебекино дрон повредил крышу гаража.\n\n👁 12,1K\n\n"
            "↪️ Переслано из: Минобороны России\n\n"
            "Ночью дежурными средствами ПВО уничтожены девять украинских беспилотников над Белгородской областью.\n\n"
            "👁 8,3K")
    voices = {w.destroyed: c.claimant.name for c in claims_of(text) for w in c.weapons if w.destroyed}
    assert voices == {9: "Russian Defence Ministry"}
