"""Verification cues: unverified, denied, disputed; evidence present and absent."""

import pytest

from skytruce.extract import extract_claims
from tests.extract.helpers import PUBLISHED, claims_of, only_claim


def test_unverified_with_absent_evidence():
    text = ("Lukashenko claimed that a drone struck a residential building in Minsk. No independent verification "
            "has been provided: no video footage, no rescue service data.")
    claim = only_claim(text)
    assert claim.verification.status == "unverified"
    assert set(claim.verification.evidence_absent) == {"video", "rescue_service"}


def test_reuters_could_not_verify():
    claim = only_claim("Ukraine said it hit a refinery with 20 drones. Reuters could not independently verify the claim.")
    assert claim.verification.status == "unverified"


def test_denial():
    claim = only_claim("Kyiv said it shot down six Kinzhal missiles; Moscow denied it.")
    assert claim.verification.status == "denied"


def test_refutation_disputes():
    text = "A drone fell on a house in Minsk, the KGB said. The Minsk police later refuted this report."
    assert only_claim(text).verification.status == "disputed"


def test_hedges_are_noted_but_do_not_flag():
    claim = only_claim("The so-called volunteer units fired 10 drones at the border, the governor said.")
    assert claim.verification.status == "asserted"
    assert "so-called" in claim.verification.cues


def test_evidence_present():
    claim = only_claim("Russian drones hit a warehouse in Lviv; video published by residents shows the fire.")
    assert "video" in claim.verification.evidence


def test_plain_reports_stay_asserted():
    assert all(c.verification.status == "asserted"
               for c in claims_of("Air defences shot down 20 of 25 drones overnight, the air force said."))


def test_silence_on_the_claim_flags_it_but_not_silence_on_the_attack():
    assert only_claim("Moscow said it downed 5 missiles over Sevastopol. Ukraine's military did not comment."
                      ).verification.status == "unverified"
    assert only_claim("Kyiv said it shot down 20 drones. Moscow did not comment on Tuesday's attack."
                      ).verification.status == "asserted"


def status(text: str) -> str:
    return only_claim(text).verification.status


def test_a_negated_modal_before_verify_or_confirm_flags_in_any_arrangement():
    for tail in ("The figures couldn't be verified independently.",
                 "Those numbers have not been independently confirmed.",
                 "It was impossible for this newspaper to verify the account.",
                 "Independent verification of the tally remains difficult.",
                 "The statement offered no proof."):
        assert status(f"Russia said it downed 12 Ukrainian drones over Kursk. {tail}") == "unverified", tail


def test_what_is_confirmed_or_verified_stays_asserted():
    for tail in ("The regional governor confirmed the damage.", "Verified footage shows the blaze.",
                 "Rescuers have confirmed two deaths."):
        claims = claims_of(f"Russian drones hit a depot in Lviv overnight. {tail}")
        assert {c.verification.status for c in claims} == {"asserted"}, tail


def test_silence_on_a_partys_claims_flags_that_partys_claim_only():
    claims = claims_of("Russia's defence ministry said it destroyed 30 drones over Bryansk. "
                       "Separately, Ukraine's air force said it shot down 14 of 20 Shahed drones over Odesa. "
                       "Ukrainian officials have not yet responded to Moscow's claims.")
    flagged = {c.claimant.party: c.verification.status for c in claims}
    assert flagged == {"RU": "unverified", "UA": "asserted"}


def test_a_denial_names_what_it_denies():
    assert status("Kyiv said its drones struck an airfield in Saky. The Russian side dismissed the reports.") == "denied"
    assert status("Ukraine said it hit a depot with drones. Moscow called the footage a “fake”.") == "denied"
    assert status("Russia said it destroyed 9 drones. Kyiv denied launching any drones that night.") == "denied"
    assert status("Minsk said two drones crashed near Brest. Warsaw rejected that account within hours.") == "denied"
    assert status("Kyiv said its drones hit a fuel depot in Bryansk. The governor dismissed the Ukrainian statement.") == "denied"


def test_a_denial_of_something_else_is_no_denial():
    assert status("Russian missiles hit a port in Odesa, the governor said. Ships were denied entry for a day.") == "asserted"


def test_hedges_flag_only_where_they_bear_on_the_attack():
    assert status("Two drones were allegedly shot down over Tver, the governor wrote.") == "unverified"
    assert status("An attack by alleged Ukrainian drones hit a plant in Yelabuga, officials said.") == "unverified"
    assert status("Russia reportedly launched the 40 drones from Kursk, the air force said.") == "asserted"


def test_uncertainty_about_the_weapon_itself_flags():
    assert status("Debris found near a village in Tulcea County may have come from a drone, the ministry said.") \
        == "unverified"


def test_the_other_side_accounting_differently_disputes():
    assert status("Russia said its missiles hit a barracks in Sumy. Ukrainian officials gave a conflicting account.") \
        == "disputed"
    assert status("Moscow said all 12 missiles were shot down. Satellite images of the base show otherwise.") \
        == "disputed"
    assert status("Contrary to the ministry's claims, two missiles hit the airfield in Kalynivka.") == "disputed"


def test_a_cue_about_a_claim_of_no_attack_flags_nothing():
    text = ("Russian drones hit a warehouse in Lviv overnight, the mayor said. "
            "Separately, Russia's defence ministry said its forces had captured a village near Pokrovsk. "
            "The claim could not be independently confirmed.")
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_a_denial_of_intent():
    assert status("Russian drones crossed into Poland overnight, the army said. "
                  "Moscow says it never planned to hit Polish targets.") == "denied"


def test_a_source_inside_a_body_and_a_pronoun_after_a_body_named_first():
    from tests.extract.helpers import claims_of
    text = ("The Russian Defence Ministry's morning summary did not mention Tuapse. "
            "It said air defences had destroyed three Ukrainian drones over the Belgorod region.")
    assert {c.claimant.name for c in claims_of(text)} == {"Russian Defence Ministry"}


def test_a_truce_breach_the_other_side_alleges_is_disputed():
    text = ("Moscow accused Kyiv of violating the energy truce, saying Ukraine launched 14 drones at a substation "
            "in the Kursk region overnight.")
    assert claims_of(text)[0].verification.status == "disputed"


def test_sides_accusing_each_other_of_breaking_a_truce_flag_no_claim():
    text = ("Russia launched 40 drones at the Sumy region overnight, the air force said. Since the energy pause was "
            "agreed, both sides have accused each other of breaking it.")
    assert [c.verification.status for c in claims_of(text)] == ["asserted"]


def test_a_breach_alleged_on_the_ground_casts_no_doubt_on_the_strike_told_before():
    text = ("Two Shahed drones hit a warehouse in Izium on Sunday, the regional governor said. "
            "Moscow, for its part, accused Ukrainian units of breaching the ceasefire 640 times along the front. "
            "It gave no details of the incidents.")
    assert [c.verification.status for c in claims_of(text)] == ["asserted"]


def statuses(text: str) -> dict:
    return {c.claimant.name if c.claimant else None: c.verification.status for c in claims_of(text)}


def test_the_attacker_rejecting_the_accusation_denies_that_claim_only():
    text = ("Ukraine's air force said Russia launched 50 drones at Ukraine overnight. Lithuania's armed forces said "
            "one of them crashed near Vilnius. Russia rejected the accusation.")
    found = statuses(text)
    assert found["Ukrainian Air Force"] == "asserted"
    assert "denied" in found.values()


def test_a_statement_called_a_provocation_is_denied_an_incident_called_one_is_not():
    denied = "Poland's army said a drone crossed the border. Moscow's embassy called the Polish statement a provocation."
    assert only_claim(denied).verification.status == "denied"
    kept = "Poland's army said a drone crossed the border. The minister called the incident a provocation by Moscow."
    assert only_claim(kept).verification.status == "asserted"


def test_neither_one_nor_the_other_could_be_confirmed():
    text = "The governor said 12 drones were downed. Neither his figure nor the channel's account could be confirmed."
    assert only_claim(text).verification.status == "unverified"


def test_a_fact_checks_verdict_disputes_the_claim_it_checks():
    text = "CLAIM: Posts say Russia fired 500 missiles at Lviv on Sunday.\n\nVERDICT: False. The air force counted 40."
    assert "disputed" in statuses(text).values()


def test_no_evidence_that_disputes_but_no_evidence_of_damage_does_not():
    assert only_claim("The governor said a Ukrainian drone hit the depot. Kyiv said there was no evidence that "
                      "its forces had struck the depot.").verification.status == "disputed"
    assert only_claim("A drone was shot down over Sumy, the governor said. There was no evidence of damage."
                      ).verification.status == "asserted"


def test_denying_targeting_civilians_is_no_denial_of_the_attack():
    text = "Russia launched 40 drones at Kharkiv overnight, the mayor said. Moscow denies targeting civilians."
    assert only_claim(text).verification.status == "asserted"


def test_rejecting_the_other_sides_description_flags_that_sides_claim_only():
    text = ("Russia's defence ministry said its missiles hit military plants in Kharkiv overnight. "
            "Ukraine's air force said it shot down 12 of 20 drones and rejected Moscow's description of the targets.")
    found = statuses(text)
    assert found["Russian Defence Ministry"] == "denied" and found["Ukrainian Air Force"] == "asserted"


def test_two_voices_of_one_side_at_odds_over_one_strike_dispute_each_other():
    text = ("Governor Vyacheslav Gladkov said air defences shot down four missiles over Belgorod overnight. "
            "The Russian Defence Ministry said two missiles were shot down over Belgorod overnight.")
    assert set(statuses(text).values()) == {"disputed"}


def test_a_national_tally_and_a_regional_count_are_not_at_odds():
    text = ("Ukraine's air force said it shot down 40 drones over the Kyiv, Lviv and Odesa regions overnight. "
            "The Lviv governor, Maksym Kozytskyi, said 12 drones were shot down over Lviv overnight.")
    assert set(statuses(text).values()) == {"asserted"}


def test_a_national_tally_naming_the_city_holds_its_mayors_smaller_count():
    text = ("Russia launched 70 drones at Ukraine overnight, mostly at Odesa, and 52 were shot down, the air force said. "
            "In Odesa, the city's mayor, Hennadiy Trukhanov, said 11 drones were shot down over the city overnight.")
    assert set(statuses(text).values()) == {"asserted"}


def test_debris_said_to_be_made_to_implicate_a_side_disputes_the_claim():
    text = ("Minsk said a Ukrainian drone crashed near Grodno on Monday. An independent monitoring group said the "
            "wreckage may have been altered to implicate Kyiv.")
    assert {c.verification.status for c in claims_of(text)} == {"disputed"}
    assert {c.verification.status for c in claims_of("A false-flag drone attack was blamed on Ukraine, the group said.")} \
        == {"disputed"}


def test_a_cue_in_a_clause_that_only_supposes_flags_nothing():
    text = ("All counts below are from the general staff unless a footnote says otherwise. "
            "Russia launched 45 drones overnight and 38 were shot down.")
    assert all(c.verification.status == "asserted" for c in claims_of(text))


def test_neither_without_nor_before_a_verb_of_checking():
    text = ("Russia said it downed 30 drones over Kursk; Ukraine said it hit an airfield there. "
            "Neither army's figures could be verified.")
    assert all(c.verification.status == "unverified" for c in claims_of(text))


def test_reports_of_something_called_fake_deny_it():
    text = ("Kyiv said its drones set fire to a fuel depot near Bryansk overnight. "
            "The governor called reports of a burning depot fake.")
    assert any(c.verification.status == "denied" for c in claims_of(text))


def test_a_writer_who_cannot_check_a_figure_leaves_it_unverified():
    text = ("The air force said 52 of 60 drones were shot down overnight. "
            "We cannot check the figures.")
    assert only_claim(text).verification.status == "unverified"


@pytest.mark.parametrize("text", [
    "Губернатор заявил, что над районом сбиты пять беспилотников. Редакция не может их оперативно проверить.",
    "Губернатор заявив, що над районом збито шість дронів. Редакція не може цю інформацію незалежно перевірити.",
])
def test_a_writer_who_cannot_check_them_with_words_between_leaves_them_unverified(text):
    assert only_claim(text).verification.status == "unverified"


def test_calling_a_claim_another_lie_denies_it():
    text = "Moscow said its missiles hit a plant in Lviv. The mayor called the statement \"yet another lie\"."
    assert {c.verification.status for c in claims_of(text)} == {"denied"}


def test_doubt_about_production_estimates_flags_no_attack():
    text = ("Russia dropped 12 guided bombs on Zaporizhzhia on Tuesday, the regional head said. Analysts estimate that "
            "Russian plants produce 90 kits a day. Such production figures cannot be independently verified.")
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_doubt_about_the_rate_told_just_before_flags_no_claim():
    text = ("Air defences shot down 38 of 45 drones overnight, the air force said. "
            "Analysts estimate that the plant now turns out about 2,500 drones a month. "
            "We cannot check those figures.")
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_the_other_side_telling_a_different_story_disputes_the_claim():
    text = ("The ministry said all eight missiles were shot down over Crimea. Ukraine's navy told a different story, "
            "saying missiles hit the airfield.")
    assert "disputed" in {c.verification.status for c in claims_of(text)}


def test_figures_that_are_a_different_story_dispute_nothing():
    text = "The air force said it downed 40 of 50 drones. The ballistic figures are a different story."
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_doubt_about_the_claim_after_a_sentence_on_the_target_flags_that_claim():
    text = ("Ukrainian drones hit the Novokuibyshevsk refinery overnight, the General Staff said. "
            "The plant refines about 8 million tons of oil a year. The claim could not be independently verified.")
    assert {c.verification.status for c in claims_of(text)} == {"unverified"}


@pytest.mark.parametrize("cue", ["The ministry provided no footage supporting the claim.",
                                 "Analysts have not observed any confirmation of the strike.",
                                 "We have not seen visual confirmation of this claim.",
                                 "There was no visual confirmation of the strike."])
def test_no_footage_or_no_confirmation_seen_leaves_a_claim_unverified(cue):
    text = "Russia's defence ministry said it had destroyed 19 Ukrainian drones over the Kursk region. " + cue
    assert only_claim(text).verification.status == "unverified"


def test_rejecting_the_suggestion_denies_the_claim():
    text = ("A Russian drone crossed into Lithuanian airspace on Tuesday, the Lithuanian army said. "
            "Russia's embassy in Vilnius rejected the suggestion.")
    assert only_claim(text).verification.status == "denied"


def test_a_source_that_gave_no_evidence_leaves_its_claim_unverified():
    text = ("Russia's defence ministry said its missiles hit a command post in Kharkiv. "
            "The ministry did not provide any evidence for the claim.")
    assert only_claim(text).verification.status == "unverified"


def test_what_the_other_side_says_called_another_lie_is_denied():
    text = ('Russia\'s defence ministry said an Iskander struck a gathering of officers in Sumy. '
            '"What Moscow says about officers is yet another lie," the regional head said.')
    assert only_claim(text).verification.status == "denied"


@pytest.mark.parametrize("text, status", [
    ("Russia's defence ministry said its missiles destroyed a radar near Odesa. The ministry did not back up its claim.",
     "unverified"),
    ("Russia said its missiles hit a power plant in Lviv. Officials in Kyiv dismissed the account as propaganda.", "denied"),
    ("Minsk said a drone was downed over Gomel. Independent monitors found no trace of the incident.", "disputed"),
])
def test_doubt_in_other_words(text, status):
    assert claims_of(text)[0].verification.status == status


@pytest.mark.parametrize("text, status", [
    ("Russia's defence ministry said it shot down 26 drones, a figure Kyiv disputes.", "disputed"),
    ("Russia's defence ministry said it shot down 26 drones. Ukrainian officials called the figure inflated.", "disputed"),
    ("Russia's defence ministry claimed, without evidence, that it shot down 26 drones.", "unverified"),
])
def test_doubt_told_after_the_figure_or_in_a_side_remark(text, status):
    assert claims_of(text)[0].verification.status == status


@pytest.mark.parametrize("doubt", [
    "The Belarusian account could not be independently verified.",
    "The Belarusian ministry's figures could not be independently verified.",
])
def test_doubt_cast_on_a_sides_account_flags_that_sides_claim(doubt):
    text = ("Belarus said its air defences shot down two drones over the Gomel region on Tuesday. "
            "Ukraine's foreign ministry said its own investigation was under way. " + doubt)
    statuses = {c.claimant.name if c.claimant else None: c.verification.status for c in claims_of(text)}
    assert "unverified" in statuses.values()


def test_no_way_of_verifying_a_claim_flags_it():
    text = "Russia's defence ministry said it shot down four ATACMS missiles. We have no way of verifying that."
    assert only_claim(text).verification.status == "unverified"


@pytest.mark.parametrize("text", [
    "Над Брянской областью сбили восемь беспилотников. Официального подтверждения этих данных пока не поступало.",
    "Минобороны России заявило, что уничтожило две пусковые установки HIMARS. Никаких доказательств ведомство не предоставило.",
    "Над Брянской областью сбили восемь беспилотников. Независимо проверить эти сведения «Вёрстка» не смогла.",
    "Над Брянской областью сбили восемь беспилотников. Проверить независимо слова губернатора и данные военных редакция не может.",
    "Над Сумщиною збили вісім дронів. Незалежно перевірити ці дані “Суспільне” не змогло.",
    "Міноборони РФ заявило про знищення двох ракет ATACMS. Жодних доказів відомство не надало.",
])
def test_doubt_told_after_what_it_doubts_in_russian_and_ukrainian(text):
    assert {c.verification.status for c in claims_of(text)} == {"unverified"}


@pytest.mark.parametrize("text", [
    "Nine drones were shot down over Kherson overnight, the governor said. He called posts about an evacuation of the city fake.",
    "Над Херсонщиною вночі збили дев'ять дронів. Повідомлення про евакуацію міста, які ширяться в мережі, — фейк, наголосив він.",
    "Ночью над Курской областью сбили девять дронов. Также губернатор опроверг слухи об эвакуации. Это фейк.",
    "Вночі над Сумщиною збили шість дронів. У мережі поширюють чутки про евакуацію Шостки. "
    "В обласній адміністрації назвали ці повідомлення вигадкою і попросили не поширювати їх.",
    "Ночью над Херсоном сбили пять дронов. Слухи, якобы в городе на неделю отключат воду, в мэрии назвали фейком.",
    "Вночі над Полтавщиною збили вісім дронів.\n\n«Це фейк. Жодної евакуації з Полтави не планують», — сказав "
    "голова ОВА про розсилки в месенджерах.",
    "Ночью над Орловской областью сбили семь дронов.\n\nФейковые рассылки\n\nЖителям рассылают сообщения "
    "об эвакуации от имени губернатора.",
])
def test_a_rumour_about_no_attack_called_fake_flags_nothing(text):
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_silence_on_reports_of_damage_casts_no_doubt_on_the_count():
    text = "The mayor said 14 drones were shot down overnight. He did not comment on reports of damage at the depot."
    assert only_claim(text).verification.status == "asserted"


def test_what_the_weapon_was_told_as_likely_only_is_unverified():
    text = "Romania's defence ministry said an object, most likely a drone, crashed near Galati overnight."
    assert only_claim(text).verification.status == "unverified"


def test_a_side_rejecting_the_report_of_a_voice_whose_attack_was_told_flags_that_claim():
    text = ('The monitoring group Hajun said six Russian drones flew into Belarus overnight. '
            '"Residents heard them clearly," the group wrote on Telegram. Belarus’s defence ministry rejected the report.')
    assert only_claim(text).verification.status == "denied"


@pytest.mark.parametrize("text, status", [
    ("Ночью над Гомельской областью пролетели восемь «шахедов». В министерстве назвали эти публикации «вбросами».", "denied"),
    ("Над Одещиною пролетіли 30 дронів. Дані моніторингових каналів Повітряні сили не підтверджують.", "unverified"),
    ("Минобороны России сообщило, что ракетами «Искандер-М» уничтожены склады. В ВСУ эти утверждения оспорили.",
     "disputed"),
    ("Міноборони РФ заявило, що збило шість дронів над Брянськом. Версії сторін суперечать одна одній.", "disputed"),
])
def test_doubt_in_more_words_of_russian_and_ukrainian(text, status):
    assert {c.verification.status for c in claims_of(text)} == {status}


@pytest.mark.parametrize("text", [
    "Минобороны Беларуси заявило, что над Гомельской областью сбит беспилотник. В Киеве назвали это заявление провокацией.",
    "Міноборони Молдови повідомило про уламки дрона біля села. Посольство Росії відкинуло звинувачення.",
])
def test_a_claim_called_a_provocation_or_its_accusation_rejected_is_denied(text):
    assert claims_of(text)[0].verification.status == "denied"


@pytest.mark.parametrize("text", [
    'Moscow said its missiles had hit an arms depot in Sumy. The governor called the statement "a lie to hide the shelling of homes."',
    "Russia claimed it had destroyed a radar near Odesa with three Iskander-M missiles. The air force said the claim was pure fiction.",
])
def test_a_claim_called_a_lie_in_quotes_or_fiction_is_denied(text):
    assert claims_of(text)[0].verification.status == "denied"


def test_an_embassys_denial_answers_the_claim_of_the_country_it_sits_in():
    text = ("Poland's operational command said a Russian drone came down near Zamość on Monday. "
            "In Ukraine, the Volyn governor said 14 drones were shot down over the region. "
            "The Russian embassy in Warsaw rejected the accusation.")
    status = {c.claimant.party: c.verification.status for c in claims_of(text)}
    assert status == {"PL": "denied", "UA": "asserted"}


def test_an_identity_under_a_negation_is_no_count():
    text = ('Lithuania said a Russian drone fell near Vilnius. "There is no proof that the object was a Russian drone," '
            "Russia's foreign ministry said.")
    assert [w.launched for c in claims_of(text) for w in c.weapons if w.launched is not None] == [1]


@pytest.mark.parametrize("text", [
    "Минобороны Румынии сообщило, что у Констанцы упал российский беспилотник. "
    "В посольстве России все эти обвинения отвергли.",
    "Міноборони Румунії повідомило, що біля Галаца впав російський дрон. У посольстві Росії всі звинувачення відкинули.",
    "Минобороны Румынии сообщило, что у Констанцы упал российский беспилотник. "
    "В посольстве назвали сообщения о беспилотнике над портом провокацией.",
])
def test_a_rejection_told_object_first_or_from_afar_denies_the_claim(text):
    assert {c.verification.status for c in claims_of(text)} == {"denied"}


@pytest.mark.parametrize("text", [
    "Ночью над Курской областью сбиты 14 беспилотников. Губернатор предупредил о фейковых аккаунтах, которые "
    "рассылают сообщения о якобы положенных выплатах.",
    "Over the night 14 drones were shot down over the Kursk region. The governor warned of a fake account that "
    "was allegedly promising payouts to residents.",
])
def test_a_rumour_about_fake_accounts_or_payouts_flags_no_attack(text):
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_a_companys_silence_casts_no_doubt_on_a_sides_claim():
    text = "Ukraine's General Staff said its drones had hit the Saratov refinery overnight. Rosneft did not comment."
    assert [c.verification.status for c in claims_of(text)] == ["asserted"]


def test_the_claims_of_either_side_that_could_not_be_verified_are_the_claims_told():
    text = ("Moscow said its air defences had destroyed 31 drones over the Oryol region overnight. "
            "The outlet could not independently verify the claims of either side.")
    assert [c.verification.status for c in claims_of(text)] == ["unverified"]


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said 19 Ukrainian drones were shot down over Bryansk. Kyiv has not disputed the figure.",
    "Russia's defence ministry said 19 Ukrainian drones were shot down over Bryansk. Kyiv didn't deny it.",
])
def test_a_denial_or_doubt_that_is_negated_flags_nothing(text):
    assert status(text) == "asserted"


def test_a_negated_denial_in_ukrainian_flags_nothing():
    text = "Начальник ОВА повідомив, що над областю збили 14 дронів. У Повітряних силах ці дані не заперечують."
    assert {c.verification.status for c in claims_of(text)} == {"asserted"}


def test_evidence_missing_for_the_hit_it_claims_leaves_the_claim_unverified():
    text = ("Ukraine's General Staff said its drones struck an oil depot in Bryansk overnight. "
            "It did not provide evidence of the hit.")
    assert status(text) == "unverified"


@pytest.mark.parametrize("tail, expected", [
    ("Moscow gave a starkly different account.", "disputed"),
    ("The two accounts of the night could not be reconciled.", "disputed"),
    ("Kyiv said Moscow had not presented any evidence.", "unverified"),
    ("\"We consider these accusations baseless,\" a Kremlin spokesman said.", "denied"),
    ("Russia's ambassador said Warsaw had produced \"no evidence\" the drone was Russian.", "disputed"),
    ("The Russian embassy called the accusation \"unfounded\".", "denied"),
    ("Warsaw's figures bear little to do with reality, Moscow's envoy said.", "disputed"),
    ("Moscow's envoy said the allegations were unsubstantiated.", "denied"),
])
def test_a_doubt_cast_in_other_words_flags_the_claim(tail, expected):
    assert status("Poland's army said a Russian drone crashed near Lublin overnight. " + tail) == expected


@pytest.mark.parametrize("text, lang", [
    ("Мэр Курска сообщил, что над городом сбиты четыре беспилотника. В ВСУ эту версию отвергают.", "ru"),
    ("Губернатор заявил о шести сбитых дронах. Версии сторон о том, что горело на заводе, расходятся.", "ru"),
    ("Губернатор Брянской области изложил другую версию событий: сбиты два дрона.", "ru"),
    ("Начальник ОВА повідомив, що збили дев'ять дронів. Російська сторона цю версію заперечує.", "uk"),
    ("Міноборони РФ заявило про 25 знищених дронів над Кримом. Українські військові ці твердження відкидають.", "uk"),
    ("Міноборони РФ заявило про 30 знищених дронів над Брянщиною. У Генштабі ЗСУ кажуть, що ці дані не мають нічого "
     "спільного з дійсністю.", "uk"),
    ("Губернатор сообщил о 12 сбитых дронах. В ВСУ заявили, что эти цифры не имеют ничего общего с реальностью.", "ru"),
])
def test_a_version_of_events_contested_disputes_the_claim(text, lang):
    assert {c.verification.status for c in extract_claims(text, PUBLISHED, lang)} == {"disputed"}


@pytest.mark.parametrize("text", [
    "The General Staff said its drones hit the refinery in Syzran. The claims of the General Staff and of the "
    "governor could not be independently verified.",
    "It was a busy week on the border. None of the figures below could be independently verified. Russia's defence "
    "ministry said on Tuesday it had shot down six ATACMS over the Belgorod region.",
])
def test_the_claims_of_someone_or_none_of_the_figures_unverified_flags_them(text):
    assert {c.verification.status for c in claims_of(text)} == {"unverified"}


def test_the_air_forces_routine_preliminary_data_is_no_hedge():
    text = "Preliminary data indicate that 41 of the 56 drones were shot down, the air force said on Telegram."
    assert all(c.verification.status == "asserted" for c in claims_of(text))


def test_claims_at_odds_with_another_sides_data_are_disputed_in_ukrainian():
    text = ("У Міноборони РФ заявили, що ракетами «Калібр» уразили всі цілі. Ці твердження розходяться з даними "
            "Повітряних сил, які збили більшість ракет.")
    assert any(c.verification.status == "disputed" for c in extract_claims(text, PUBLISHED, "uk"))


def test_a_denial_naming_a_source_denies_that_sources_claim():
    text = ("The Russian Defence Ministry said its Iskander missiles had destroyed three Patriot launchers near Dnipro. "
            "The Ukrainian Air Force said Russia launched 60 drones overnight and 45 were shot down. "
            'Its spokesman said: "This is yet another fabrication from the Russian Defence Ministry. No launcher was hit."')
    status = {c.claimant.name: c.verification.status for c in claims_of(text)}
    assert status == {"Russian Defence Ministry": "denied", "Ukrainian Air Force": "asserted"}


@pytest.mark.parametrize("denial", [
    "The air force has rejected as fake the ministry's account.",
    "The air force said the account was one more fabrication.",
])
def test_a_claim_rejected_as_fake_or_called_one_more_fabrication_is_denied(denial):
    text = "Russia's defence ministry said its drones destroyed two radar stations near Sumy. " + denial
    assert only_claim(text).verification.status == "denied"


@pytest.mark.parametrize("text, lang", [
    ("Генштаб заявив, що дрони уразили нафтобазу в Брянську. У міській адміністрації ці дані назвали недостовірними.",
     "uk"),
    ("Генштаб ВСУ заявил, что дроны поразили нефтебазу в Брянске. В мэрии эти сведения назвали недостоверными.", "ru"),
])
def test_a_claim_the_other_side_calls_unreliable_is_denied(text, lang):
    assert extract_claims(text, PUBLISHED, lang=lang)[0].verification.status == "denied"


def test_a_statement_on_telegram_is_the_claims_medium_not_a_matter_apart():
    text = ("Russia's Defence Ministry said it had shot down 12 Neptune missiles over Crimea overnight.\n\n"
            "The ministry gave the figure in a statement on Telegram without providing evidence.")
    assert only_claim(text).verification.status == "unverified"



@pytest.mark.parametrize("text, flagged", [
    ("The governor said two drones were shot down near the refinery overnight. Unverified footage on social media "
     "showed smoke rising over an industrial area.", False),
    ("The governor said two drones were shot down near the refinery overnight. Unverified reports said a third "
     "drone hit a fuel tank.", True),
])
def test_doubt_about_a_video_is_not_doubt_about_the_claim(text, flagged):
    assert any(c.verification.status != "asserted" for c in claims_of(text)) is flagged


@pytest.mark.parametrize("denial", [
    "A Ukrainian military spokesman denied Kyiv's involvement in the attempted strike.",
    "Asked about the claim, the Ukrainian general staff dismissed it.",
    "The Ukrainian navy rejected that, saying it had sent no drones that night.",
])
def test_the_accused_side_denying_its_part_or_dismissing_the_claim_denies_it(denial):
    text = f"Air defences destroyed three drones over Sevastopol on Sunday, Governor Mikhail Razvozhayev said. {denial}"
    claim = only_claim(text)
    assert claim.verification.status == "denied" and [p.name for p in claim.places] == ["Sevastopol"]


def test_dismissing_a_truce_is_no_denial():
    text = ("Russia fired 40 drones at Odesa overnight, the air force said. Kyiv dismissed it as a stunt and asked "
            "for a month-long truce instead.")
    assert only_claim(text).verification.status == "asserted"


@pytest.mark.parametrize("text, lang", [
    ("Минобороны России заявило, что над Курской областью сбиты четыре украинских беспилотника. Редакция не может "
     "оперативно проверять заявления сторон.", "ru"),
    ("Повітряні сили повідомили, що вночі збили 30 дронів. Редакція не може оперативно перевіряти заяви сторін.", "uk"),
])
def test_an_outlet_that_cannot_check_claims_as_they_come_leaves_them_unverified(text, lang):
    [claim] = extract_claims(text, PUBLISHED, lang)
    assert claim.verification.status == "unverified"


@pytest.mark.parametrize("doubt", ["The claim has yet to be independently verified.",
                                   "Reuters said it had yet to confirm the figures."])
def test_a_claim_yet_to_be_verified_is_unverified(doubt):
    text = f"Two drones were shot down over the Kursk region overnight, the governor said. {doubt}"
    assert only_claim(text).verification.status == "unverified"
