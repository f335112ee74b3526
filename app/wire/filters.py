"""The character filter each Agent API parameter goes through before use.

The real server silently removes every character a parameter does not allow.
With the system's `use_non_latin` setting on, letters of any script survive
where only a-z and A-Z did. Each filter is a small pipeline of steps, in the
order the real server applies them (some turn `+` into a space first, some
after, which changes whether a `+` survives).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Step = Callable[[str, bool], str]

_ASCII_LETTERS = frozenset(string.ascii_letters)
_DIGITS = frozenset(string.digits)


@dataclass(frozen=True)
class Keep:
    """Keep only these characters; `letters` is 'any' (script follows non-latin), 'upper'."""

    chars: str = ""
    digits: bool = True
    letters: str = "any"

    def __call__(self, text: str, non_latin: bool) -> str:
        return "".join(c for c in text if self.allows(c, non_latin))

    def allows(self, char: str, non_latin: bool) -> bool:
        if char in self.chars or (self.digits and char in _DIGITS):
            return True
        if self.letters == "upper":
            return "A" <= char <= "Z"
        if self.letters == "any":
            return char.isalpha() if non_latin else char in _ASCII_LETTERS
        return False


@dataclass(frozen=True)
class Remove:
    """Remove these characters."""

    chars: str

    def __call__(self, text: str, non_latin: bool) -> str:
        return "".join(c for c in text if c not in self.chars)


def plus_to_space(text: str, non_latin: bool) -> str:
    return text.replace("+", " ")


def latin_only(step: Keep) -> Step:
    """A filter whose letters stay a-z/A-Z whatever the non-latin setting."""

    def apply(text: str, non_latin: bool) -> str:
        return step(text, False)

    return apply


def run(steps: Sequence[Step], text: str, non_latin: bool) -> str:
    for step in steps:
        text = step(text, non_latin)
    return text


WORD = Keep("-_")
ALNUM = Keep()
UPPER = Keep(digits=False, letters="upper")
DIGITS = Keep(letters="none")
NAME = Keep("- '+_.")
ADDRESS = Keep("- '+.:/@_")
FREE_TEXT = (Remove(";#"), plus_to_space)

# Parameters and their filters, as the real api.php applies them. `user` and
# `pass` lose quotes, backslashes, semicolons and spaces before anything else.
FILTERS: dict[str, tuple[Step, ...]] = {
    "user": (Remove("'\"\\; "), WORD),
    "pass": (Remove("'\"\\; "), Keep("-.+/=_")),
    "agent_user": (WORD,),
    "function": (WORD,),
    "value": (Keep("-|_"),),
    "focus": (WORD,),
    "preview": (WORD,),
    "notes": (plus_to_space, Keep("- ._")),
    "search": (WORD,),
    "group_alias": (ALNUM,),
    "dial_prefix": (ALNUM,),
    "source": (ALNUM,),
    "format": (ALNUM,),
    "vtiger_callback": (UPPER,),
    "alt_dial": (Keep(letters="upper"),),
    "blended": (UPPER,),
    "ingroup_choices": (plus_to_space, Keep("- _")),
    "set_as_default": (UPPER,),
    "phone_code": (Keep("X", letters="none"),),
    "phone_number": (Keep("*#"),),
    "lead_id": (DIGITS,),
    "vendor_id": FREE_TEXT,
    "vendor_lead_code": FREE_TEXT,
    "source_id": FREE_TEXT,
    "gmt_offset_now": (Keep("-_.", letters="none"),),
    "title": (Keep("- '_."),),
    "first_name": (NAME, plus_to_space),
    "middle_initial": (ALNUM,),
    "last_name": (NAME, plus_to_space),
    "address1": (ADDRESS, plus_to_space),
    "address2": (ADDRESS, plus_to_space),
    "address3": (ADDRESS, plus_to_space),
    "city": (ADDRESS, plus_to_space),
    "state": (Keep("- "),),
    "province": (Keep("- '+._"), plus_to_space),
    # postal_code is filtered twice by the real server; the second pass drops '+' and "'".
    "postal_code": (Keep("- '+"), plus_to_space, Keep("- ._")),
    "country_code": (UPPER,),
    "gender": (UPPER,),
    "date_of_birth": (Keep("-", letters="none"),),
    "alt_phone": (NAME, plus_to_space),
    "email": (Keep("- '+.:/@%_"), plus_to_space),
    "security_phrase": (ADDRESS, plus_to_space),
    "comments": FREE_TEXT,
    "rank": (DIGITS,),
    "owner": (ADDRESS, plus_to_space),
    "dial_override": (UPPER,),
    "consultative": (UPPER,),
    "callback_datetime": (plus_to_space, Keep("- :._")),
    "callback_type": (UPPER,),
    "callback_comments": (plus_to_space, Keep("- ._")),
    "qm_dispo_code": (Keep("-._"),),
    "alt_user": (ALNUM,),
    "agent_debug": (Keep("- .:|_"),),
    "status": (WORD,),
    "dial_ingroup": (WORD,),
    "cid_choice": (WORD,),
    "outbound_cid": (WORD,),
    "recipient": (WORD,),
    "recipient_type": (Keep("_", digits=False),),
    "notification_text": FREE_TEXT,
    "notification_retry": (latin_only(Keep("YNyn", digits=False, letters="none")),),
    "text_size": (DIGITS,),
    "text_font": (Keep(",- ", digits=False),),
    "text_weight": (Keep(",", digits=False),),
    "text_color": (ALNUM,),
    "show_confetti": (latin_only(Keep("YNyn", digits=False, letters="none")),),
    "duration": (DIGITS,),
    "maxParticleCount": (DIGITS,),
    "particleSpeed": (DIGITS,),
}

# Filtered the same way whatever the non-latin setting says.
ALWAYS: dict[str, tuple[Step, ...]] = {
    "DB": (latin_only(ALNUM),),
    "close_window_link": (latin_only(WORD),),
    "dnc_check": (latin_only(WORD),),
    "campaign_dnc_check": (latin_only(WORD),),
    "notification_date": (Keep("- :", letters="none"),),
    "multi_dial_phones": (Keep(",", letters="none"),),
    "md_check": (latin_only(ALNUM),),
    "tw_check": (latin_only(ALNUM),),
    # stage only loses quotes, backslashes and semicolons.
    "stage": (Remove("'\"\\;"),),
}


def filter_value(name: str, raw: str, non_latin: bool) -> str:
    """The parameter's value after the real server's filter; unknown names pass as they are."""
    steps = ALWAYS.get(name) or FILTERS.get(name)
    if steps is None:
        return raw
    return run(steps, raw, non_latin)
