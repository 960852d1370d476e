"""The anonymisation key (original ↔ pseudonym), written to a file kept apart from the project.

Plain JSON, or encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) under a key
derived from a password with scrypt. "Destroy key" overwrites and deletes the file and is logged.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.core.errors import QcodeError, register_messages

if TYPE_CHECKING:
    from qcode.core.project import Project

FORMAT = "qcode-anonymisation-key"
# scrypt cost: ~50 ms and 16 MiB per attempt, so guessing passwords is slow but opening is not.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

register_messages({
    "anon.key_exists": ("The key file {path} already exists; choose a new name.",
                        "Nøglefilen {path} findes allerede; vælg et nyt navn."),
    "anon.key_password": ("Wrong password for the key file {path} (or the file is damaged).",
                          "Forkert adgangskode til nøglefilen {path} (eller filen er beskadiget)."),
    "anon.key_needs_password": ("The key file {path} is encrypted; give its password.",
                                "Nøglefilen {path} er krypteret; angiv adgangskoden."),
    "anon.key_unreadable": ("{path} is not a qcode key file.", "{path} er ikke en qcode-nøglefil."),
    "anon.key_missing": ("There is no key file at {path}.", "Der er ingen nøglefil i {path}."),
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
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(password.encode("utf-8"))))


def write_key_file(path: str | Path, entries: list[KeyEntry], *, project_name: str = "",
                   sealed_at: str = "", password: str | None = None) -> Path:
    """Write the key; refuses to overwrite an existing file (it may be the only copy of another key)."""
    path = Path(path)
    if path.exists():
        raise KeyFileError("anon.key_exists", path=str(path))
    payload = {"project": project_name, "sealed_at": sealed_at,
               "entities": [dict(asdict(e), forms=list(e.forms)) for e in entries]}
    document: dict[str, Any] = {"format": FORMAT, "version": 1, "encrypted": bool(password)}
    if password:
        salt = os.urandom(16)
        token = _fernet(password, salt).encrypt(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        document.update(kdf="scrypt", n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                        salt=base64.b64encode(salt).decode("ascii"), token=token.decode("ascii"))
    else:
        document["key"] = payload
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created with owner-only permissions: the key re-identifies every participant.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
    return path


def read_key_file(path: str | Path, password: str | None = None) -> tuple[dict[str, str], list[KeyEntry]]:
    """Read a key file: (project name and sealed_at, entries)."""
    path = Path(path)
    if not path.is_file():
        raise KeyFileError("anon.key_missing", path=str(path))
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise KeyFileError("anon.key_unreadable", path=str(path)) from None
    if document.get("encrypted"):
        if not password:
            raise KeyFileError("anon.key_needs_password", path=str(path))
        from cryptography.fernet import InvalidToken

        try:
            fernet = _fernet(password, base64.b64decode(document["salt"]))
            payload = json.loads(fernet.decrypt(document["token"].encode("ascii")).decode("utf-8"))
        except (InvalidToken, KeyError, ValueError):
            raise KeyFileError("anon.key_password", path=str(path)) from None
    else:
        payload = document["key"]
    entries = [KeyEntry(e["kind"], e["core"], tuple(e["forms"]), e["pseudonym"])
               for e in payload.get("entities", [])]
    return {"project": payload.get("project", ""), "sealed_at": payload.get("sealed_at", "")}, entries


def destroy_key(project: Project, path: str | Path) -> None:
    """Overwrite the key file with random bytes, delete it, and log that the key was destroyed."""
    path = Path(path)
    if not path.is_file():
        raise KeyFileError("anon.key_missing", path=str(path))
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(os.urandom(max(size, 1)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    with project.transaction():
        project.log("anon_destroy_key", "project", None, key_file=path.name)
