"""One merge pass: another project's rows matched with ours and what is new written here (or, in a dry
run, only counted), remembering what was written and replaced for undo. Reading the other file is
:mod:`qcode.core.merge_source`'s; the transaction, the log, undo and redo are :mod:`qcode.core.merge`'s.

What is matched with what:

* **documents** by the SHA-256 of their text (not their name: coders rename files); a document we do
  not have comes in with its speaker turns, under its name (made unique);
* **codes** by path (``netværk/familie``, ignoring case). A code we do not have is *new* and is created
  under its (merged) parent, unless the review maps it onto one of ours; a code we have whose colour,
  description or criteria differ *clashes*: ours is kept unless the review takes theirs;
* **codings** by document, code, range and coder (by name). A coder's coding that overlaps or touches
  their own coding of the same code here extends it, as coding does; one already covered is known;
* **memos** by title, text, what they are attached to, and author; **cases** by name, **attributes** by
  name (a value we have is kept; a different one is listed), links between cases and documents;
* **coders** by name, with their colour.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qcode.core.clock import now
from qcode.core.codebook import PALETTE
from qcode.core.coders import CODER_COLOURS
from qcode.core.merge_source import MergeError, Source, read_rows, rows_params, tree_paths
from qcode.core.merge_summary import CODE_FIELDS, CodeReview, MergeChoices, MergeResult, MergeSummary
from qcode.core.snapshots import capture

if TYPE_CHECKING:
    from qcode.core.project import Project


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fold(path: str) -> str:
    return "/".join(p.strip().casefold() for p in path.split("/"))


class Merger:
    """Does one merge inside the caller's transaction, remembering everything for undo."""

    def __init__(self, project: Project, choices: MergeChoices, dry_run: bool):
        self.project = project
        self.db = project.db
        self.choices = choices
        self.dry_run = dry_run
        self.summary = MergeSummary()
        self.review: dict[str, CodeReview] = {}
        self.result = MergeResult(self.summary, [])
        self.inserted: dict[str, list[Any]] = defaultdict(list)
        self.touched_documents: set[int] = set()
        self.stamp = now()
        self.our_coders = {r[1]: r[0] for r in self.db.execute("SELECT id, name FROM coders")}
        codes = tree_paths(read_rows(self.db.conn, "SELECT * FROM codes"))
        self.our_codes = {_fold(c["path"]): c for c in codes}
        self.our_texts = {_text_hash(r[1]): r[0] for r in self.db.execute("SELECT id, text FROM documents")}
        self.our_names = {r[0] for r in self.db.execute("SELECT name FROM documents")}
        self.our_cases = {r[1]: r[0] for r in self.db.execute("SELECT id, name FROM cases")}
        self.our_attributes = {r[1]: (r[0], r[2])
                               for r in self.db.execute("SELECT id, name, type FROM attributes")}
        self.our_values = {(r[0], r[1]): r[2] for r in
                           self.db.execute("SELECT case_id, attribute_id, value FROM case_attributes")}
        self.before_ids: dict[str, set[int]] = defaultdict(set)
        self._fake_id = -1  # dry runs number the rows they would insert

    # ids --------------------------------------------------------------------------------------
    def _insert(self, table: str, row: Mapping[str, Any]) -> int:
        if self.dry_run:
            self._fake_id -= 1
            return self._fake_id
        columns = list(row)
        cursor = self.db.execute(
            f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", [row[c] for c in columns])
        assert cursor.lastrowid is not None
        self.inserted[table].append(cursor.lastrowid)
        return cursor.lastrowid

    def _keep_before(self, table: str, row_id: int) -> None:
        if not self.dry_run and row_id not in self.before_ids[table] and row_id not in self.inserted[table]:
            self.before_ids[table].add(row_id)
            capture(self.project, table, "id = ?", [row_id], self.result.before)

    # parts ------------------------------------------------------------------------------------
    def coder(self, name: str, colour: str) -> int:
        if name not in self.our_coders:
            if self.dry_run:
                self.our_coders[name] = self._fake_id = self._fake_id - 1
            else:
                # copies of one project give their first coders the same colour: keep lanes apart
                used = {r[0] for r in self.db.execute("SELECT colour FROM coders")}
                if not colour or colour in used:
                    free = [c for c in CODER_COLOURS if c not in used]
                    colour = free[0] if free else CODER_COLOURS[len(self.our_coders) % len(CODER_COLOURS)]
                cursor = self.db.execute("INSERT INTO coders (name, colour, created_at) VALUES (?, ?, ?)",
                                         [name, colour, self.stamp])
                assert cursor.lastrowid is not None
                self.our_coders[name] = cursor.lastrowid
                self.result.inserted_coders.append({"id": cursor.lastrowid, "name": name, "colour": colour,
                                                    "created_at": self.stamp})
            self.summary.coders_new.append(name)
        if name not in self.summary.coders:
            self.summary.coders.append(name)
        return self.our_coders[name]

    def codes(self, source: Source) -> dict[int, int]:
        mapped: dict[int, int] = {}
        take_all = "*" in self.choices.take_theirs
        for code in source.codes:
            folded = _fold(code["path"])
            theirs = {f: code[f] or "" for f in CODE_FIELDS}
            ours = self.our_codes.get(folded)
            if ours is None and code["path"] in self.choices.map_codes:
                target = _fold(self.choices.map_codes[code["path"]])
                if target not in self.our_codes:
                    raise MergeError("merge.no_such_code", theirs=code["path"],
                                     ours=self.choices.map_codes[code["path"]])
                mapped[code["id"]] = self.our_codes[target]["id"]
                if (code["path"], self.choices.map_codes[code["path"]]) not in self.summary.codes_mapped:
                    self.summary.codes_mapped.append((code["path"], self.choices.map_codes[code["path"]]))
                self._review(CodeReview(code["path"], "new", theirs, files=(source.path.name,)))
                continue
            if ours is None:
                parent = mapped.get(code["parent_id"]) if code["parent_id"] is not None else None
                position = self.db.execute("SELECT coalesce(max(position) + 1, 0) FROM codes "
                                           "WHERE parent_id IS ?", [parent]).fetchone()[0]
                row = {"parent_id": parent, "name": code["name"], "position": position,
                       "colour": code["colour"] or PALETTE[0], **{f: theirs[f] for f in CODE_FIELDS[1:]},
                       "created_at": code.get("created_at") or self.stamp}
                new_id = self._insert("codes", row)
                self.our_codes[folded] = {**row, "id": new_id, "path": code["path"]}
                mapped[code["id"]] = new_id
                self.summary.codes_new.append(code["path"])
                self._review(CodeReview(code["path"], "new", theirs, files=(source.path.name,)))
                continue
            mapped[code["id"]] = ours["id"]
            if ours["id"] in self.inserted["codes"] or ours["id"] < 0:
                continue  # made by this merge from an earlier file
            mine = {f: ours[f] or "" for f in CODE_FIELDS}
            if mine == theirs:
                continue
            review = CodeReview(ours["path"], "clash", theirs, mine, (source.path.name,))
            self._review(review)
            take = self.choices.take_theirs
            if take_all or code["path"] in take or ours["path"] in take:
                self._keep_before("codes", ours["id"])
                if not self.dry_run:
                    self.db.execute(
                        f"UPDATE codes SET {', '.join(f + ' = ?' for f in CODE_FIELDS)} WHERE id = ?",
                        [*(theirs[f] for f in CODE_FIELDS), ours["id"]])
                ours.update(theirs)
                self.summary.codes_taken.append(ours["path"])
            elif ours["path"] not in self.summary.codes_clashing:
                self.summary.codes_clashing.append(ours["path"])
        return mapped

    def _review(self, review: CodeReview) -> None:
        known = self.review.get(review.path)
        if known is None:
            self.review[review.path] = review
        elif review.files[0] not in known.files:
            self.review[review.path] = CodeReview(known.path, known.status, known.theirs, known.ours,
                                                  known.files + review.files)

    def documents(self, source: Source) -> dict[int, int]:
        mapped: dict[int, int] = {}
        turns_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for turn in source.turns:
            turns_of[turn["document_id"]].append(turn)
        for document in source.documents:
            digest = _text_hash(document["text"])
            if digest in self.our_texts:
                mapped[document["id"]] = self.our_texts[digest]
                self.summary.documents_matched += 1
                continue
            name, n = document["name"], 2
            while name in self.our_names:
                name, n = f"{document['name']} ({n})", n + 1
            row = {k: document[k] for k in ("text", "source_name", "source_checksum", "format", "imported_at",
                                             "metadata")}
            new_id = self._insert("documents", {"name": name, **row})
            self.our_names.add(name)
            self.our_texts[digest] = new_id
            mapped[document["id"]] = new_id
            self.summary.documents_new.append(name)
            self.touched_documents.add(new_id)
            for turn in turns_of.get(document["id"], []):
                self._insert("turns", {**{k: v for k, v in turn.items() if k not in ("id", "document_id")},
                                       "document_id": new_id, "case_id": None})
                self.pending_turn_cases.append((self.inserted["turns"][-1] if not self.dry_run else 0,
                                                turn["case_id"]))
        return mapped

    def cases(self, source: Source, documents: dict[int, int]) -> dict[int, int]:
        mapped: dict[int, int] = {}
        for case in source.cases:
            if case["name"] in self.our_cases:
                mapped[case["id"]] = self.our_cases[case["name"]]
                continue
            new_id = self._insert("cases", {"name": case["name"], "description": case["description"]})
            self.our_cases[case["name"]] = new_id
            mapped[case["id"]] = new_id
            self.summary.cases_new.append(case["name"])
        attributes: dict[int, int | None] = {}
        for their_id, (name, type_) in source.attributes.items():
            if name in self.our_attributes:
                our_id, our_type = self.our_attributes[name]
                if our_type != type_:
                    self.summary.attribute_conflicts.append(f"{name}: {type_} there, {our_type} here")
                    attributes[their_id] = None
                    continue
                attributes[their_id] = our_id
            else:
                new_id = self._insert("attributes", {"name": name, "type": type_})
                self.our_attributes[name] = (new_id, type_)
                attributes[their_id] = new_id
        case_names = {c["id"]: c["name"] for c in source.cases}
        for case_id, attribute_id, value in source.case_attributes:
            our_attribute = attributes.get(attribute_id)
            if our_attribute is None or case_id not in mapped:
                continue
            key = (mapped[case_id], our_attribute)
            if key in self.our_values:
                if self.our_values[key] != value:
                    self.summary.attribute_conflicts.append(
                        f"{case_names[case_id]}: {source.attributes[attribute_id][0]} = "
                        f"{self.our_values[key]!r} here, {value!r} in {source.path.name}")
                continue
            if not self.dry_run:
                self.db.execute("INSERT INTO case_attributes (case_id, attribute_id, value) VALUES (?, ?, ?)",
                                [*key, value])
                self.inserted["case_attributes"].append(key)
            self.our_values[key] = value
            self.summary.attribute_values_new += 1
        for document_id, case_id in source.document_cases:
            if document_id in documents and case_id in mapped and not self.dry_run:
                key = (documents[document_id], mapped[case_id])
                if not self.db.execute("SELECT 1 FROM document_cases WHERE document_id = ? AND case_id = ?",
                                       list(key)).fetchone():
                    self.db.execute("INSERT INTO document_cases (document_id, case_id) VALUES (?, ?)",
                                    list(key))
                    self.inserted["document_cases"].append(key)
        return mapped

    def codings(self, source: Source, documents: dict[int, int], codes: dict[int, int]) -> dict[int, int]:
        """Their codings onto ours; returns their coding id → the coding here that holds it."""
        coders = {i: self.coder(name, colour) for i, (name, colour) in source.coders.items()
                  if any(c["coder_id"] == i for c in source.codings)}
        wanted = sorted({documents[c["document_id"]] for c in source.codings
                         if c["document_id"] in documents})
        ours: dict[tuple[int, int, int], list[dict[str, Any]]] = defaultdict(list)
        if wanted and not self.dry_run:
            marks = ", ".join("?" * len(wanted))
            for row in rows_params(self.db.conn, "SELECT * FROM codings WHERE document_id IN "
                                    f"({marks}) ORDER BY start", wanted):
                ours[(row["document_id"], row["code_id"], row["coder_id"])].append(row)
        elif self.dry_run:
            for row in read_rows(self.db.conn, "SELECT * FROM codings"):
                ours[(row["document_id"], row["code_id"], row["coder_id"])].append(row)
        held: dict[int, int] = {}
        for coding in source.codings:
            if coding["document_id"] not in documents or coding["code_id"] not in codes:
                continue
            key = (documents[coding["document_id"]], codes[coding["code_id"]], coders[coding["coder_id"]])
            start, end = coding["start"], coding["end"]
            group = ours[key]
            touching = [c for c in group if c["start"] <= end and c["end"] >= start]
            covering = next((c for c in touching if c["start"] <= start and c["end"] >= end), None)
            if covering is not None:
                held[coding["id"]] = covering["id"]
                self.summary.codings_known += 1
                continue
            self.touched_documents.add(key[0])
            if not touching:
                row = {"document_id": key[0], "code_id": key[1], "start": start, "end": end,
                       "coder_id": key[2], "created_at": coding["created_at"],
                       "updated_at": coding["updated_at"], "memo": coding["memo"]}
                row["id"] = self._insert("codings", row)
                group.append(row)
                held[coding["id"]] = row["id"]
                self.summary.codings_new += 1
                continue
            # the coder coded more around a coding we have: it grows, as coding the same code again does
            keep, *absorbed = sorted(touching, key=lambda c: c["id"])
            self._keep_before("codings", keep["id"])
            for other in absorbed:
                self._keep_before("codings", other["id"])
                if not self.dry_run:
                    self.db.execute("DELETE FROM codings WHERE id = ?", [other["id"]])
                    self.result.removed_codings.append(other["id"])
                group.remove(other)
            keep["start"] = min([start] + [c["start"] for c in touching])
            keep["end"] = max([end] + [c["end"] for c in touching])
            keep["memo"] = "\n".join(dict.fromkeys(m for m in [*(c["memo"] for c in touching), coding["memo"]]
                                                   if m))
            if not self.dry_run:
                self.db.execute(
                    'UPDATE codings SET start = ?, "end" = ?, memo = ?, updated_at = ? WHERE id = ?',
                    [keep["start"], keep["end"], keep["memo"], self.stamp, keep["id"]])
            held[coding["id"]] = keep["id"]
            self.summary.codings_extended += 1
        return held

    def memos(self, source: Source, documents: dict[int, int], codes: dict[int, int],
              codings: dict[int, int]) -> None:
        existing = {(r[0], r[1], r[2], r[3], r[4], r[5]) for r in self.db.execute(
            "SELECT m.title, m.body, m.document_id, m.code_id, m.coding_id, c.name FROM memos m "
            "LEFT JOIN coders c ON c.id = m.coder_id")}
        for memo in source.memos:
            target = (documents.get(memo["document_id"]) if memo["document_id"] is not None else None,
                      codes.get(memo["code_id"]) if memo["code_id"] is not None else None,
                      codings.get(memo["coding_id"]) if memo.get("coding_id") is not None else None)
            if any(original is not None and here is None for original, here in
                   zip((memo["document_id"], memo["code_id"], memo.get("coding_id")), target, strict=True)):
                continue  # attached to something that did not come over
            author = (source.coders.get(memo["coder_id"], ("", ""))[0]
                      if memo["coder_id"] is not None else None)
            key = (memo["title"], memo["body"], *target, author or None)
            if key in existing:
                self.summary.memos_known += 1
                continue
            coder_id = self.coder(author, source.coders[memo["coder_id"]][1]) if author else None
            self._insert("memos", {"title": memo["title"], "body": memo["body"], "document_id": target[0],
                                   "code_id": target[1], "coding_id": target[2], "coder_id": coder_id,
                                   "created_at": memo["created_at"], "updated_at": memo["updated_at"]})
            existing.add(key)
            self.summary.memos_new += 1

    def merge(self, source: Source) -> None:
        self.summary.files.append(source.path.name)
        self.pending_turn_cases: list[tuple[int, int | None]] = []
        codes = self.codes(source)
        documents = self.documents(source)
        cases = self.cases(source, documents)
        for turn_id, case_id in self.pending_turn_cases:
            if case_id is not None and case_id in cases and not self.dry_run:
                self.db.execute("UPDATE turns SET case_id = ? WHERE id = ?", [cases[case_id], turn_id])
        codings = self.codings(source, documents, codes)
        self.memos(source, documents, codes, codings)
