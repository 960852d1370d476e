"""The anonymisation key (original ↔ pseudonym), written to a file kept apart from the project.

Encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) under a key derived from a
password with scrypt; plain JSON only when asked for explicitly. The unencrypted header names the
project the key belongs to (a random project id, not identifying), so "destroy key" can refuse any
file that is not this project's key before it overwrites and deletes it (and logs that it did).
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from qcode.anonymise.state import SEALED_AT
from qcode.core.errors import QcodeError, register_messages
from qcode.core.maintenance import shred

if TYPE_CHECKING:
    from qcode.core.project import Project

FORMAT = "qcode-anonymisation-key"
PROJECT_ID_SETTING = "anon.project_id"  # the project's identity, recorded in its key files' header
MAX_KEY_BYTES = 64 * 2**20  # far beyond any key; a bigger file is not one (and is not read whole)
# scrypt cost: ~50 ms and 16 MiB per attempt, so guessing passwords is slow but opening is not.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

register_messages({
    "anon.key_exists": ("The key file {path} already exists; choose a new name.",
                        "Nøglefilen {path} findes allerede; vælg et nyt navn."),
    "anon.key_password": ("Wrong password for the key file {path} (or the file is damaged).",
                          "Forkert adgangskode til nøglefilen {path} (eller filen er beskadiget)."),
    "anon.key_needs_password_to_write": (
        "The key file {path} would hold every original name in clear text; give a password to encrypt "
        "it, or choose a key without a password explicitly.",
        "Nøglefilen {path} ville indeholde alle originale navne i klartekst; angiv en adgangskode til at "
        "kryptere den, eller vælg udtrykkeligt en nøgle uden adgangskode."),
    "anon.key_needs_password": ("The key file {path} is encrypted; give its password.",
                                "Nøglefilen {path} er krypteret; angiv adgangskoden."),
    "anon.key_unreadable": ("{path} is not a qcode key file.", "{path} er ikke en qcode-nøglefil."),
    "anon.key_missing": ("There is no key file at {path}.", "Der er ingen nøglefil i {path}."),
    "anon.key_write": ("The key file {path} cannot be written ({reason}); the project was not changed.",
                       "Nøglefilen {path} kan ikke skrives ({reason}); projektet er ikke ændret."),
    "anon.key_is_project": ("{path} is the project file itself, not a key file; nothing was destroyed.",
                            "{path} er selve projektfilen, ikke en nøglefil; intet er slettet."),
    "anon.key_not_a_key": ("{path} is not a qcode key file; nothing was destroyed.",
                           "{path} er ikke en qcode-nøglefil; intet er slettet."),
    "anon.key_other_project": ("The key file {path} belongs to another project; nothing was destroyed.",
                               "Nøglefilen {path} hører til et andet projekt; intet er slettet."),
    "anon.key_unmatched": (
        "The key file {path} does not say which project it belongs to and does not match this project's "
        "last sealing (give its password if it is encrypted); nothing was destroyed.",
        "Nøglefilen {path} siger ikke, hvilket projekt den hører til, og passer ikke til projektets seneste "
        "forsegling (angiv adgangskoden, hvis den er krypteret); intet er slettet."),
})


class KeyFileError(QcodeError):
    """The key file cannot be written, read or destroyed."""


@dataclass(frozen=True)
class KeyEntry:
    """One entity of the key: its original forms and the pseudonym that replaced them."""

    kind: str
    core: str
    forms: tuple[str, ...]
    pseudonym: str


def _fernet(password: str, salt: bytes) -> Any:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(password.encode("utf-8"))))


def project_id(project: Project) -> str:
    """The project's identity for its key files: the stored one, else a new random one (stored by the
    caller with the seal, so a failed seal leaves the project unchanged)."""
    return project.get_setting(PROJECT_ID_SETTING) or uuid.uuid4().hex


def write_key_file(path: str | Path, entries: list[KeyEntry], *, project_name: str = "",
                   sealed_at: str = "", password: str | None = None, project_id: str = "",
                   seed: str = "", plaintext: bool = False) -> Path:
    """Write the key; refuses to overwrite an existing file (it may be the only copy of another key).

    The key is encrypted with ``password``; a key in clear text needs ``plaintext=True`` (it
    re-identifies every participant to whoever reads the file). ``project_id`` goes into the
    unencrypted header so the key can be matched to its project without the password; ``seed`` is the
    pseudonym seed the sealed texts were made with (the project gets a new one). A file that cannot be
    written raises :class:`KeyFileError` and leaves nothing behind.
    """
    path = Path(path)
    if not password and not plaintext:
        raise KeyFileError("anon.key_needs_password_to_write", path=str(path))
    if path.exists():
        raise KeyFileError("anon.key_exists", path=str(path))
    payload = {"project": project_name, "sealed_at": sealed_at, "seed": seed,
               "entities": [dict(asdict(e), forms=list(e.forms)) for e in entries]}
    document: dict[str, Any] = {"format": FORMAT, "version": 1, "encrypted": bool(password)}
    if project_id:
        document["project_id"] = project_id
    if password:
        salt = os.urandom(16)
        token = _fernet(password, salt).encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        document.update(kdf="scrypt", n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                        salt=base64.b64encode(salt).decode("ascii"), token=token.decode("ascii"))
    else:
        document["key"] = payload
    _write_new(path, json.dumps(document, ensure_ascii=False, indent=1))
    return path


def _create(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # e.g. a file where the folder should be, or no permission
        raise KeyFileError("anon.key_write", path=str(path), reason=error.strerror or str(error)) from None
    try:
        # Created with owner-only permissions: the key re-identifies every participant.
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError("anon.key_exists", path=str(path)) from None
    except OSError as error:
        raise KeyFileError("anon.key_write", path=str(path), reason=error.strerror or str(error)) from None


def check_writable(path: Path) -> None:
    """Refuse (:class:`KeyFileError`) a key path that cannot be created, leaving nothing behind."""
    os.close(_create(path))
    path.unlink()


def _write_new(path: Path, text: str) -> None:
    fd = _create(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:  # e.g. the disk is full: a half-written key is no key
        path.unlink(missing_ok=True)
        raise KeyFileError("anon.key_write", path=str(path), reason=error.strerror or str(error)) from None


def temporary_key_path(final: Path) -> Path:
    """Where a seal writes its key until the seal has committed (hidden, beside the final name)."""
    return final.with_name(f".{final.name}.part")


def clear_leftover(temporary: Path, project_id: str) -> None:
    """Destroy a temporary key an interrupted seal of this project left behind; refuse anything else."""
    if not temporary.exists():
        return
    document = _read_document(temporary)
    if document is None or document.get("project_id") != project_id:
        raise KeyFileError("anon.key_exists", path=str(temporary))
    shred(temporary)


def read_key_file(path: str | Path, password: str | None = None) -> tuple[dict[str, str], list[KeyEntry]]:
    """Read a key file: (project name and sealed_at, entries)."""
    path = Path(path)
    if not path.is_file():
        raise KeyFileError("anon.key_missing", path=str(path))
    document = _read_document(path)
    if document is None:
        raise KeyFileError("anon.key_unreadable", path=str(path))
    payload = _payload(path, document, password)
    try:
        entries = [KeyEntry(e["kind"], e["core"], tuple(e["forms"]), e["pseudonym"])
                   for e in payload.get("entities", [])]
    except (KeyError, TypeError):
        raise KeyFileError("anon.key_unreadable", path=str(path)) from None
    header = {name: str(payload.get(name, "")) for name in ("project", "sealed_at", "seed")}
    return header, entries


def _read_document(path: Path) -> dict[str, Any] | None:
    """The key file's JSON document, or None when the file is not a qcode key file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_BYTES + 1)
        document = json.loads(data.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if len(data) > MAX_KEY_BYTES or not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    encrypted = bool(document.get("encrypted"))
    body = document.get("token") if encrypted else document.get("key")
    return document if isinstance(body, str if encrypted else dict) else None


def _payload(path: Path, document: dict[str, Any], password: str | None) -> dict[str, Any]:
    """The key's payload (project name, seal time, entities), decrypted when needed."""
    if not document.get("encrypted"):
        return document["key"]
    if not password:
        raise KeyFileError("anon.key_needs_password", path=str(path))
    try:
        fernet = _fernet(password, base64.b64decode(document["salt"]))
        payload = json.loads(fernet.decrypt(document["token"].encode("ascii")).decode("utf-8"))
    except (InvalidToken, KeyError, ValueError):
        raise KeyFileError("anon.key_password", path=str(path)) from None
    if not isinstance(payload, dict):
        raise KeyFileError("anon.key_unreadable", path=str(path))
    return payload


def _is_project_file(project: Project, path: Path) -> bool:
    """True for the project file and its companions (WAL, shared memory, lock), however named."""
    own = project.path.resolve()
    companions = ("-wal", "-shm", "-journal", ".lock", ".holder")
    for candidate in (own, *(own.with_name(own.name + suffix) for suffix in companions)):
        try:
            if candidate.exists() and os.path.samefile(candidate, path):
                return True
        except OSError:
            continue
    return path.resolve() == own


def check_key_belongs(project: Project, path: str | Path, password: str | None = None) -> None:
    """Refuse (:class:`KeyFileError`) unless ``path`` is a qcode key file of this project.

    New key files name the project's id in their header. Older ones (without it) are accepted only
    when the seal time inside them is this project's last seal time, read from the clear payload or,
    for an encrypted key, with its password.
    """
    path = Path(path)
    if not path.is_file():
        raise KeyFileError("anon.key_missing", path=str(path))
    if _is_project_file(project, path):
        raise KeyFileError("anon.key_is_project", path=str(path))
    document = _read_document(path)
    if document is None:
        raise KeyFileError("anon.key_not_a_key", path=str(path))
    recorded = document.get("project_id")
    if recorded:
        if recorded != project.get_setting(PROJECT_ID_SETTING):
            raise KeyFileError("anon.key_other_project", path=str(path))
        return
    if document.get("encrypted") and not password:
        raise KeyFileError("anon.key_unmatched", path=str(path))
    sealed_at = project.get_setting(SEALED_AT)
    if not sealed_at or _payload(path, document, password).get("sealed_at") != sealed_at:
        raise KeyFileError("anon.key_unmatched", path=str(path))


def destroy_key(project: Project, path: str | Path, *, password: str | None = None) -> None:
    """Overwrite this project's key file with random bytes, delete it, and log that the key was
    destroyed; any other file (the project itself, another project's key) is refused untouched."""
    check_key_belongs(project, path, password)
    link = Path(path)
    shred(link.resolve())  # through a link: the key itself is overwritten
    if link.is_symlink():
        link.unlink()  # and the link to it goes too
    with project.transaction():
        project.log("anon_destroy_key", "project", None, key_file=Path(path).name)
