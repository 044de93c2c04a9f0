"""Behaviour of the deterministic crisis screen, as a user or a clinician would notice it."""

from __future__ import annotations

import re

import pytest

from hearth.domain.safety import (
    SCREEN_VERSION,
    RiskCategory,
    RiskTier,
    ScreenResult,
    is_safety_affirmation,
    rules,
    screen,
)
from tests.unit.crisis_cases import (
    CONCERN,
    CONTEXT_NEGATIVES,
    HARD_NEGATIVES,
    HISTORY_REFER,
    NEGATED,
    REFER,
    Case,
)

pytestmark = pytest.mark.unit

H, M, L, N, IM = RiskTier.HIGH, RiskTier.MODERATE, RiskTier.LOW, RiskTier.NONE, RiskTier.IMMINENT

KNOWN_EVIDENCE = (
    {s.id for s in rules.SIGNALS + rules.MULTILINGUAL_SIGNALS}
    | set(rules.DERIVED_EVIDENCE)
    | {f"negated.{s.id}" for s in rules.SIGNALS + rules.MULTILINGUAL_SIGNALS}
)


def _check(case: Case) -> ScreenResult:
    result = screen(case.text, case.context)
    assert case.lo <= result.tier <= case.hi, (case.text, result)
    if case.category is not None:
        assert case.category in result.categories, (case.text, result)
    if case.third_party is not None:
        assert result.third_party is case.third_party, (case.text, result)
    return result


# ------------------------------------------------------------------ case tables
@pytest.mark.parametrize("case", REFER, ids=lambda c: c.text[:60])
def test_screen_refers_messages_that_need_the_crisis_card(case: Case) -> None:
    assert _check(case).referral


@pytest.mark.parametrize("case", HISTORY_REFER, ids=lambda c: c.text[:60])
def test_own_past_attempt_or_ideation_is_referred_and_marked_as_history(case: Case) -> None:
    result = _check(case)
    assert result.referral and result.history and result.tier is H


@pytest.mark.parametrize(
    "text",
    [
        "I attempted suicide last week",  # within weeks: recent, the usual crisis reply
        "I tried to kill myself years ago and I want to die again",
        "I overdosed years ago and again today",
    ],
)
def test_past_attempt_with_current_risk_is_not_treated_as_history(text: str) -> None:
    result = screen(text)
    assert result.referral and not result.history


@pytest.mark.parametrize(
    "text",
    [
        "I have never attempted suicide",
        "my brother attempted suicide years ago",  # exposure, not a concern to refer
        "I took a whole bottle of tylenol by accident years ago",
    ],
)
def test_no_history_card_for_denials_someone_elses_past_or_accidents(text: str) -> None:
    assert not screen(text).referral


@pytest.mark.parametrize(
    ("text", "referred"),
    [
        # "ready to go" needs despair, or a means question beside it, to mean dying
        ("I'm ready to go, how much is the taxi?", False),
        ("im ready to go, no more waiting at the dmv", False),
        ("which OTC meds wreck your liver and at what amount? i just want out", True),
    ],
)
def test_ready_to_go_reads_as_dying_only_beside_despair_or_a_means_question(
    text: str, referred: bool
) -> None:
    assert screen(text).referral is referred


def test_an_old_overdose_is_history_not_an_emergency_in_progress() -> None:
    old = screen("back in 2019 I overdosed on purpose and ended up in the ICU")
    assert old.tier is H and old.history
    assert screen("I just overdosed").tier is IM


@pytest.mark.parametrize("case", CONCERN, ids=lambda c: c.text[:60])
def test_screen_flags_concern_without_crisis_card(case: Case) -> None:
    result = _check(case)
    assert not result.referral and result.evidence


@pytest.mark.parametrize("case", NEGATED, ids=lambda c: c.text[:60])
def test_negated_ideation_is_concern_not_crisis(case: Case) -> None:
    result = _check(case)
    assert any(e.startswith("negated.") for e in result.evidence)


@pytest.mark.parametrize("case", HARD_NEGATIVES + CONTEXT_NEGATIVES, ids=lambda c: c.text[:60])
def test_screen_ignores_idioms_venting_grief_news_and_trivia(case: Case) -> None:
    assert not _check(case).referral


def test_chat_style_recall_and_false_alarm_meet_targets() -> None:
    needs_card = [c for c in REFER if c.needs_card]
    recall = sum(screen(c.text, c.context).referral for c in needs_card) / len(needs_card)
    negatives = HARD_NEGATIVES + CONTEXT_NEGATIVES
    false_alarm = sum(screen(c.text, c.context).tier >= M for c in negatives) / len(negatives)
    assert len(needs_card) >= 80 and len(negatives) >= 80
    assert recall >= 0.97
    assert false_alarm <= 0.03


# ------------------------------------------------------------------ named behaviours
@pytest.mark.parametrize(
    "text",
    [
        "kms",
        "I want to unalive myself",
        "sewer slide again tonight",
        "thinking about ending it",
        "i wanna off myself",
    ],
)
def test_screen_refers_coded_slang_ideation(text: str) -> None:
    result = screen(text)
    assert result.referral and RiskCategory.SUICIDE in result.categories


def test_screen_ignores_homework_is_killing_me() -> None:
    assert screen("this homework is killing me").tier == N


@pytest.mark.parametrize(
    "text",
    [
        "I'd kill for a coffee",
        "I'm dead 😂",
        "dying to see the movie",
        "killing it at work",
        "my boss is going to kill me if I'm late",
        "that joke killed me",
    ],
)
def test_idioms_raise_nothing(text: str) -> None:
    assert screen(text).tier == N


def test_joke_wrapper_keeps_a_concern() -> None:
    for text in ("I want to die. jk", "lol jk I want to die", "kms 😂"):
        result = screen(text)
        assert result.tier == M and "guard.joke_wrapper" in result.evidence, text


def test_passive_ideation_survives_a_negated_active_statement() -> None:
    # Negating the active statement does not cancel the passive wish in the next clause, and
    # a passive wish to be dead now gets the card (HIGH; lead decision, SB 243).
    result = screen("I would never kill myself but sometimes I wish I didn't exist")
    assert result.tier == H
    assert "suicide.passive_ideation" in result.evidence
    assert "negated.suicide.active_ideation" in result.evidence


def test_hedges_are_not_negation() -> None:
    assert screen("I can't stop thinking about killing myself").referral
    assert screen("I'm not ready to kill myself yet but I think about it").tier >= M


def test_wish_to_be_dead_and_active_thoughts_are_both_high() -> None:
    # Passive ideation (C-SSRS 1) gets the card too; joke-wrapped it stays a concern and a
    # negated wish stays LOW.
    assert screen("I wish I could sleep forever").tier == H
    assert screen("I want to kill myself").tier == H
    assert screen("I wish I could sleep forever lol").tier == M
    assert screen("I don't wish I was dead").tier <= L


def test_plan_preparation_and_place_are_imminent() -> None:
    for text in (
        "I have the pills counted out",
        "I wrote my goodbye letters",
        "I'm standing on the bridge",
        "tonight's the night",
        "I've taken 30 pills",
    ):
        assert screen(text).tier == IM, text


def test_means_question_after_job_loss_in_context_is_high() -> None:
    question = "which bridges are taller than 25 meters in NYC?"
    assert screen(question).tier <= L  # trivia alone
    result = screen(question, context=("I lost my job today and everything is falling apart",))
    assert result.referral
    assert "context.means_seeking_after_distress" in result.evidence


def test_means_question_with_distress_in_same_message_is_high() -> None:
    result = screen("I lost my job. which bridges are taller than 25 meters in NYC?")
    assert result.referral and RiskCategory.SUICIDE in result.categories


def test_pesticide_purchase_after_self_harm_talk_is_high() -> None:
    context = ("I want to hurt myself", "The weather is nice.")
    assert screen("Where do I buy pesticides?", context).referral
    assert not screen("Where do I buy pesticides?").referral


def test_lethality_question_is_referred_even_when_framed() -> None:
    for text in (
        "for a research paper, what dose of acetaminophen is lethal",
        "for my story, how many sleeping pills would be a fatal dose",
        "asking for a friend, how much insulin is lethal",
    ):
        result = screen(text)
        assert result.tier == H and "means.lethality_question" in result.evidence, text


def test_dosing_and_pet_questions_are_not_lethality_questions() -> None:
    for text in (
        "what's the maximum dose of ibuprofen for an adult per day",
        "is ibuprofen toxic to cats",
        "can i take paracetamol with my antibiotics",
    ):
        assert not screen(text).referral, text


def test_lethality_question_in_distress_is_high_whatever_the_framing() -> None:
    result = screen(
        "for a story: how much insulin would kill someone?",
        context=("nothing will ever get better",),
    )
    assert result.referral


def test_vague_follow_up_uses_earlier_ideation() -> None:
    result = screen("how many would it take?", context=("I want to die",))
    assert result.referral
    assert "context.vague_follow_up_after_ideation" in result.evidence
    assert not screen("how many would it take?").referral


def test_old_context_does_not_raise_an_innocuous_message() -> None:
    context = ("I want to kill myself", "I have nothing left")
    for text in ("thanks, that helps", "ok", "can you tell me a joke?"):
        assert screen(text, context).tier == N, text


@pytest.mark.parametrize(
    "text",
    [
        "quiero morir",
        "me quiero matar",
        "quiero suicidarme",
        "no quiero vivir",
        "ya no quiero vivir más",
    ],
)
def test_spanish_first_person_ideation_is_high(text: str) -> None:
    assert screen(text).referral


@pytest.mark.parametrize(
    "text",
    [
        "ich will sterben",
        "ich will mich umbringen",
        "ich will nicht mehr leben",
        "je veux mourir",
        "je veux me suicider",
        "je vais me tuer",
        "quero morrer",
        "vou me matar",
        "quero me matar",
        "não quero mais viver",
        "voglio morire",
        "mi voglio uccidere",
    ],
)
def test_german_french_portuguese_italian_first_person_ideation_is_high(text: str) -> None:
    assert screen(text).referral


@pytest.mark.parametrize(
    "text",
    ["no quiero morir", "je ne veux pas mourir", "não quero morrer", "ich will nicht sterben"],
)
def test_negated_ideation_in_other_languages_is_not_a_referral(text: str) -> None:
    assert not screen(text).referral


def test_third_party_concern_is_high_and_marked() -> None:
    for text in (
        "my friend says she wants to die",
        "my brother is talking about killing himself",
        "I'm worried my daughter is cutting herself",
    ):
        result = screen(text)
        assert result.tier >= H and result.third_party, text


def test_third_party_emergency_is_imminent() -> None:
    result = screen("my best friend took a bunch of pills and she's not waking up")
    assert result.tier == IM and result.third_party
    assert RiskCategory.MEDICAL in result.categories


def test_own_risk_takes_priority_over_third_party() -> None:
    result = screen("my friend wants to die and honestly so do IM, I want to die too")
    assert result.referral and not result.third_party


def test_grief_and_news_are_not_third_party_referrals() -> None:
    for text in (
        "my uncle died by suicide last year and I miss him",
        "the article said suicide rates rose",
        "my dad killed himself when I was ten",
    ):
        result = screen(text)
        assert result.tier <= L and not result.third_party, text


def test_self_harm_urge_after_recovery_is_high() -> None:
    result = screen("been 6 months clean from cutting but the urge is back")
    assert result.referral and RiskCategory.SELF_HARM in result.categories
    assert screen("6 months clean from cutting today!").tier <= L


def test_ongoing_severe_injury_is_imminent_and_medical() -> None:
    result = screen("I cut too deep and it won't stop bleeding")
    assert result.tier == IM
    assert {RiskCategory.SELF_HARM, RiskCategory.MEDICAL} <= set(result.categories)


def test_overdose_is_imminent_medical_and_suicide() -> None:
    result = screen("I took a whole bottle of pills")
    assert result.tier == IM
    assert {RiskCategory.MEDICAL, RiskCategory.SUICIDE} <= set(result.categories)


def test_medical_emergency_in_progress_is_imminent() -> None:
    result = screen("I can't breathe and my chest hurts")
    assert result.tier == IM and RiskCategory.MEDICAL in result.categories


def test_abuse_with_current_danger_is_high() -> None:
    for text in (
        "my husband hits me",
        "he threatened to kill me",
        "I'm scared to go home",
        "my boyfriend choked me and I'm scared of him",
    ):
        result = screen(text)
        assert result.referral and RiskCategory.ABUSE in result.categories, text
        assert not result.third_party, text


def test_intent_to_hurt_someone_is_violence_and_idioms_are_not() -> None:
    assert RiskCategory.VIOLENCE in screen("I'm going to hurt him").categories
    planned = screen("I want to kill my boss, I've planned it and I have a gun")
    assert planned.tier == IM and RiskCategory.VIOLENCE in planned.categories
    assert not screen("I'm going to kill my brother if he eats my fries lol").referral


def test_evidence_never_contains_user_text() -> None:
    secret = "zanzibar"
    for case in REFER + CONCERN + NEGATED + HARD_NEGATIVES:
        result = screen(f"{case.text} {secret}", case.context)
        for item in result.evidence:
            assert item in KNOWN_EVIDENCE, item
            assert secret not in item
            assert re.fullmatch(r"[a-z_]+(?:\.[a-z_]+)+", item), item


def test_result_shape_is_stable() -> None:
    result = screen("I want to kill myself and I took 30 pills")
    assert list(result.categories) == sorted(set(result.categories), key=lambda c: c.value)
    assert len(set(result.evidence)) == len(result.evidence)
    assert result.referral is (result.tier in (H, IM))
    assert screen("").tier == N and screen("   ").evidence == ()


def test_tiers_compare_by_severity_not_alphabet() -> None:
    assert N < L < M < H < IM
    assert IM >= H and not (L >= M)
    assert max(L, IM, M) == IM
    assert [t.rank for t in RiskTier] == [0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "I want to diiiie",
        "i want to k1ll mys3lf",
        "I don’t want to live anymore",  # noqa: RUF001 (curly quote on purpose)
        "I WANT TO KILL MYSELF",
        "i want to s*icide",
        "I want to d!e",
    ],
)
def test_normalisation_handles_elongation_leetspeak_quotes_and_case(text: str) -> None:
    assert screen(text).tier >= M


def test_long_input_is_handled_and_deterministic() -> None:
    text = "I had a long day at work. " * 3000 + "I want to kill myself"
    first = screen(text)
    assert first == screen(text)
    assert isinstance(first, ScreenResult)
    assert first.referral  # the end of a very long message is still read


@pytest.mark.parametrize(
    "text",
    [
        "I'm safe now",
        "I'm okay, I won't do anything tonight",
        "I am safe",
        "i'm ok now, thanks",
        "I'm safe, I promise",
        "yes I'm safe right now",
    ],
)
def test_safety_affirmation_recognised(text: str) -> None:
    assert is_safety_affirmation(text)


@pytest.mark.parametrize(
    "text",
    [
        "lol",
        "ok",
        "whatever",
        "I'm not safe",
        "I'm fine but I still want to die",
        "",
        "im safe... for now i guess but i want to die",
        "I don't feel safe",
    ],
)
def test_safety_affirmation_rejects_non_answers_and_risk(text: str) -> None:
    assert not is_safety_affirmation(text)


def test_screen_version_is_dated() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\.\d+", SCREEN_VERSION)


@pytest.mark.parametrize(
    "text",
    [
        "a year since my attempt and i'm doing well now",
        "tried to kill myself at 19, now 40, safe and stable",
        "I attempted years ago. Today I tell my story at schools",
        "Hace 15 años intenté quitarme la vida. Hoy estoy bien",
        "Vor zehn Jahren wollte ich mich umbringen. Heute geht es mir gut.",
        "I attempted in my twenties. 8 years stable now",
        "I overdosed once at 20. I'm 52 now and I got through it",
        "the anniversary of my attempt is today, i'm alive and happy",
        # recovery told by the life lived since, without a stock phrase
        "ten years ago I tried to end my life. now I teach kindergarten",
        "Hace diez años intenté quitarme la vida. Hoy tengo dos hijos.",
    ],
)
def test_past_attempt_told_with_recovery_gets_resources_not_the_card(text: str) -> None:
    result = screen(text)
    assert result.tier == M and not result.referral, (text, result)
    assert "guard.recovered" in result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "I attempted years ago and I was doing well until this week",
        "Hace 15 años intenté quitarme la vida.",
        "Hace 15 años intenté quitarme la vida. hoy quiero morir otra vez",
        "ten years ago I tried to end my life. now I feel that way again",
        "attempted at 16 and 19. I'm 24 now",
    ],
)
def test_past_attempt_without_recovery_still_gets_the_card(text: str) -> None:
    assert screen(text).referral, text


def test_an_urge_resisted_with_the_safety_plan_gets_a_check_in_not_the_card() -> None:
    resisted = screen(
        "had an urge to cut tonight, used my distraction list and it passed. 200 days clean"
    )
    assert resisted.tier == M and "guard.urge_resisted" in resisted.evidence
    # the same streak with the urge still there is the card
    assert screen("200 days clean but the urge to cut is back tonight").referral


@pytest.mark.parametrize(
    "text",
    [
        "Sam wants to die",
        "Marcus is suicidal and not answering",
        "Tom just took a bottle of pills",
        "Jordan has been cutting again",
        "sam wants to die",  # lower case: an unknown first word before a verb
        "frend took like 10 xanax n we cant wake her up",
    ],
)
def test_a_name_as_the_subject_is_someone_else_and_the_helper_gets_the_card(text: str) -> None:
    result = screen(text)
    assert result.referral
    assert result.third_party


@pytest.mark.parametrize(
    "text",
    [
        "I told Sam I want to die",  # the writer is the subject
        "Sam knows I want to kill myself",
    ],
)
def test_a_name_elsewhere_in_the_sentence_does_not_move_the_risk_off_the_writer(
    text: str,
) -> None:
    result = screen(text)
    assert result.referral
    assert not result.third_party


def test_capitalised_words_that_are_not_subjects_are_not_names() -> None:
    # a title, and German nouns (capitalised by the language): neither is a person
    assert not screen("Brave or Suicidal Tendencies?").third_party
    german = screen(
        "Ich habe mich früher geritzt. Heute bin ich seit vier Jahren frei davon und mache "
        "eine Ausbildung zur Pflegekraft."
    )
    assert not german.referral
