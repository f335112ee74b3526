"""Message prefixes and the `--A--field--B--` placeholders they fill in.

A message starting (letter case exact) with `LTT` plays the lead's newest
vm_message text, `TTS` a text-to-speech prompt's file, `STC` a settings
container's entry, `DYN` the rest of the message, `FHGhttp` a file fetched
from a URL. Only these resolved values get their placeholders filled.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping

from sqlalchemy import select

from app.state.compare import same_text
from app.state.models import Lead, LeadMessage, TtsPrompt
from app.state.models.call_extras import UrlLogEntry
from app.voicemail.campaign import container_entry
from app.voicemail.records import bump_lead_message
from app.voicemail.run import DropRun, Ending
from app.voicemail.values import as_text, substitute

LEAD_FIELDS = (
    "lead_id", "entry_date", "modify_date", "status", "user", "vendor_lead_code",
    "source_id", "list_id", "phone_number", "title", "first_name", "middle_initial",
    "last_name", "address1", "address2", "address3", "city", "state", "province",
    "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email",
    "security_phrase", "comments", "called_count", "last_local_call_time", "rank", "owner",
)
CAMPAIGN_PLACEHOLDERS = ("campaign_id", "ingroup", "group")
DEFAULT_VOICE = "Allison-8kHz"
_PREFIX = re.compile(r"^(TTS|STC|LTT|DYN|FHG)")
_NOT_SPEAKABLE = re.compile(r"[^,.<>'/=_\-: 0-9a-zA-Z]")

Values = Mapping[str, str]


def lead_values(run: DropRun) -> dict[str, str]:
    """The lead's fields as text, read after the status just written."""
    run.session.flush()  # so modify_date has moved, as MariaDB moves it
    lead = run.session.get(Lead, run.lead_id)
    return {name: as_text(getattr(lead, name)) if lead else "" for name in LEAD_FIELDS}


def fill_placeholders(text: str, values: Values, campaign_id: str) -> str:
    """Replace each `--A--name--B--` (any letter case) in the script's order."""
    for name in LEAD_FIELDS + CAMPAIGN_PLACEHOLDERS:
        value = values.get(name, campaign_id)
        text = substitute(re.escape(f"--A--{name}--B--"), value, text)
    return text


def resolve_prefix(run: DropRun) -> Ending | None:
    """Turn a prefixed message into what plays; an LTT without a message hangs up."""
    match = _PREFIX.match(run.message)
    if match is None:
        run.note("prefix", False,
                 f"{run.message!r} has no TTS, STC, LTT, DYN or FHG prefix, so it plays "
                 "as written, placeholders included.")
        return None
    kind = match.group(1)
    if kind == "FHG" and not run.message.startswith("FHGhttp"):
        kind = "DYN"
    return _RESOLVERS[kind](run, lead_values(run))


def _fill(run: DropRun, text: str, values: Values) -> str:
    return fill_placeholders(text, values, run.campaign_id)


def _lead_message(run: DropRun, values: Values) -> Ending | None:
    message = newest_lead_message(run)
    if message is None:
        run.note("lead_message", False,
                 f"{run.message!r} asks for lead {run.lead_id}'s vm_message text, but it "
                 "has none, so the call hangs up after the daily count was taken.")
        return Ending("no_lead_message")
    bump_lead_message(run, message)
    run.lead_message = message
    entry = as_text(message.message_entry)
    text = _fill(run, entry, values)
    run.note("lead_message", True,
             f"{run.message!r} plays lead {run.lead_id}'s newest vm_message text {entry!r} "
             f"(stored {message.call_date}) as {text!r}.")
    run.message, run.decided_by = text, "lead_message"
    return None


def newest_lead_message(run: DropRun) -> LeadMessage | None:
    messages = LeadMessage
    return run.session.scalars(
        select(messages).where(messages.lead_id == run.lead_id)
        .order_by(messages.call_date.is_(None), messages.call_date.desc(),
                  messages.message_id).limit(1)).first()


def _tts_prompt(run: DropRun, values: Values) -> Ending | None:
    prompt_id = _before_pipe(run.message[3:])
    prompt = run.session.scalars(
        select(TtsPrompt).where(same_text(TtsPrompt.tts_id, prompt_id)).limit(1)).first()
    text, voice = prompt_id, DEFAULT_VOICE
    if prompt is not None:
        text, voice = as_text(prompt.tts_text), as_text(prompt.tts_voice)
    text = _fill(run, text, values)
    # Static --C--file--D-- parts need audio files on disk; with none found,
    # the script only strips the tags.
    if "--C--" in text or "--D--" in text:
        text = re.sub("--C--|--D--", "", text, flags=re.IGNORECASE)
    spoken = _NOT_SPEAKABLE.sub("", text)
    digest = hashlib.md5(f"{spoken}-{voice}".encode()).hexdigest()
    path = f"{run.sounds_root}/tts/{digest[:2]}/tts-{digest}"
    found = "prompt" if prompt is not None else "no prompt, so its id is the text"
    run.note("tts_prompt", True,
             f"{run.message!r} names TTS prompt {prompt_id!r} ({found}); the file for "
             f"{spoken!r} in voice {voice!r} plays, generated or not.")
    run.message = path
    return None


def _settings_container(run: DropRun, values: Values) -> Ending | None:
    container_id = _before_pipe(run.message[3:])
    entry = container_entry(run, container_id)
    text = container_id if entry is None else re.sub("^DYN", "", entry, flags=re.IGNORECASE)
    text = _fill(run, text, values)
    found = "its entry" if entry is not None else "no such container, so its id"
    run.note("settings_container", True,
             f"{run.message!r} names settings container {container_id!r}; {found} "
             f"plays as {text!r}.")
    run.message = text
    return None


def _dynamic_file(run: DropRun, values: Values) -> Ending | None:
    text = _fill(run, re.sub("^DYN", "", run.message, flags=re.IGNORECASE), values)
    run.note("dynamic_file", True,
             f"{run.message!r} is a dynamic file name; with its placeholders filled it "
             f"plays as {text!r}.")
    run.message = text
    return None


def _file_http_get(run: DropRun, values: Values) -> Ending | None:
    url = re.sub(r"[;|\\]", "", run.message[3:])
    url = substitute("https//", "https://", substitute("http//", "http://", url))
    url = _fill(run, url, values)
    path = f"{run.sounds_root}/tts/FHG_{values['lead_id']}_{run.epoch}"
    # The emulator fetches nothing: the log row records an empty download.
    run.session.add(UrlLogEntry(
        uniqueid=run.log_uniqueid, url_date=run.now_text, url_type="amd_fhg",
        url=re.sub(r"[;|\\]", "", url), url_response=f"|{path}.wav|<HEADER EMPTY>",
        response_sec=0))
    run.note("file_http_get", True,
             f"{run.message!r} downloads {url!r} (the emulator fetches nothing and "
             "skips the script's waits); the download's name plays either way.")
    run.message = path
    return None


def _before_pipe(text: str) -> str:
    return re.sub(r"\|.*", "", text)


_RESOLVERS: dict[str, Callable[[DropRun, Values], Ending | None]] = {
    "LTT": _lead_message,
    "TTS": _tts_prompt,
    "STC": _settings_container,
    "DYN": _dynamic_file,
    "FHG": _file_http_get,
}
