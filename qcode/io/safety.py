"""Checks made before a container file is opened: truncated or encrypted files and zip bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qcode.io.base import ImportFormatError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # password-protected Office files and old .doc
MAX_UNPACKED = 200 * 1024 * 1024  # a transcript never unpacks to more than a few MB
MAX_RATIO = 200  # text XML compresses ~10:1; a bomb compresses 1000:1


def open_zip(path: Path, kind: str, required: str) -> zipfile.ZipFile:
    """Open a .docx/.odt container after checking it is whole, unencrypted and not a zip bomb."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if not head:
        raise ImportFormatError(path, "the file is empty", "import.empty")
    if head == OLE_MAGIC:
        raise ImportFormatError(
            path, f"the {kind} file is password-protected (or an old binary Word file); "
            "save it unprotected as .docx and import again", "import.encrypted")
    try:
        archive = zipfile.ZipFile(path)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ImportFormatError(path, f"the {kind} file is damaged or truncated",
                                "import.damaged", detail=str(error)) from error
    if any(m.flag_bits & 0x1 for m in members):
        # ZipCrypto or AES: a password-protected archive (zipfile would fail later with RuntimeError)
        archive.close()
        raise ImportFormatError(
            path, f"the {kind} file is password-protected; save it without a password and import again",
            "import.encrypted")
    total = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if total > MAX_UNPACKED or (total > 10 * 1024 * 1024 and total / packed > MAX_RATIO):
        archive.close()
        raise ImportFormatError(
            path, f"the {kind} file unpacks to {total // (1024 * 1024)} MB — refused as a "
            "possible zip bomb", "import.zip_bomb")
    if required not in archive.namelist():
        archive.close()
        raise ImportFormatError(path, f"this is not a {kind} file ({required} is missing)",
                                "import.damaged")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: Path, kind: str) -> bytes:
    """One member's bytes; a CRC error or cut-off stream becomes a 'damaged' error."""
    try:
        return archive.read(name)
    except RuntimeError as error:  # zipfile's "File … is encrypted, password required"
        raise ImportFormatError(
            path, f"the {kind} file is password-protected; save it without a password and import again",
            "import.encrypted") from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise ImportFormatError(path, f"the {kind} file is damaged or truncated",
                                "import.damaged", detail=str(error)) from error
