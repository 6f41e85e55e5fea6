"""Adding and editing a person, and adding a feed, from the review UI: the watchlist
file is edited (comments and order kept), checked, written, and the database synced to
it (``app.watchlist_changes``); every change is one audit line. Without a watchlist
file (``create_app(..., watchlist=None)``) the forms say why they cannot save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel

from monitor.adapters.db.session import Database
from monitor.adapters.people_csv import slug
from monitor.app import watchlist_changes
from monitor.app.watchlist_changes import FeedAdd, Outcome
from monitor.app.web import inputs
from monitor.app.web.access import PageViewer, Viewer, check_csrf, clock, database
from monitor.app.web.inputs import PersonId, ShortText, Text
from monitor.app.web.pages import back_to, page
from monitor.core.types import FullTextMode, Person, Status
from monitor.errors import ConfigError, WatchlistError

router = APIRouter(include_in_schema=False)
MAX_LIST = 50  # aliases, tags or context words in one form


def watchlist_path(request: Request) -> Path | None:
    found: Path | None = request.app.state.watchlist
    return found


def editable(request: Request) -> Path:
    path = watchlist_path(request)
    if path is None or not path.is_file():
        raise HTTPException(
            409, "the watchlist file is not available to this server: edit it by hand"
        )
    return path


def lines(text: str) -> tuple[str, ...]:
    """One value a line (commas also separate tags and context words)."""
    values = (" ".join(v.split()) for v in text.splitlines())
    found = tuple(dict.fromkeys(v for v in values if v))
    if len(found) > MAX_LIST:
        raise HTTPException(400, f"at most {MAX_LIST} values a field")
    return found


def words(text: str) -> tuple[str, ...]:
    return lines(text.replace(",", "\n"))


def person_form(
    request: Request, viewer: Viewer, *, adding: bool, values: dict[str, Any], problems: list[str]
) -> Response:
    return page(
        request,
        "person_form.html",
        viewer,
        adding=adding,
        values=values,
        problems=problems,
        statuses=inputs.STATUSES,
        can_save=watchlist_path(request) is not None,
    )


def form_values(document_entry: dict[str, Any] | None) -> dict[str, Any]:
    entry = document_entry or {}

    def joined(key: str) -> str:
        value = entry.get(key)
        return "\n".join(str(v) for v in value) if isinstance(value, list) else str(value or "")

    return {
        "id": str(entry.get("id") or ""),
        "name": str(entry.get("name") or ""),
        "status": str(entry.get("status") or ""),
        "aliases": joined("aliases"),
        "tags": joined("tags"),
        "context": joined("context"),
    }


@router.get("/people/new")
def new_person(request: Request, viewer: PageViewer) -> Response:
    return person_form(request, viewer, adding=True, values=form_values(None), problems=[])


@router.get("/people/{person_id}/edit")
def edit_person(request: Request, viewer: PageViewer, person_id: PersonId) -> Response:
    path = editable(request)
    entry = watchlist_changes.read_document(path).person(person_id)
    if entry is None:
        raise HTTPException(404, f"no {person_id!r} in the watchlist file")
    return person_form(request, viewer, adding=False, values=form_values(entry), problems=[])


def save_person(
    request: Request, viewer: Viewer, person_id: str | None, form: dict[str, str]
) -> Response:
    adding = person_id is None
    path = editable(request)
    name = " ".join(form["name"].split())
    new_id = person_id or form["id"].strip() or slug(name)
    problems = []
    if not name:
        problems.append("name: required")
    if form["status"] and form["status"] not in inputs.STATUSES:
        problems.append(f"status: unknown {form['status']!r}")
    if problems:
        return person_form(request, viewer, adding=adding, values=form, problems=problems)
    person = Person(
        id=new_id,
        name=name,
        aliases=lines(form["aliases"]),
        status=Status(form["status"]) if form["status"] else None,
        tags=words(form["tags"]),
        context=words(form["context"]),
    )
    edit = watchlist_changes.PersonEdit(
        person, viewer.name, form["note"].strip() or None, adding=adding
    )
    try:
        watchlist_changes.change_person(database(request), path, edit, clock(request))
    except WatchlistError as e:
        problems = [f"{p}" for p in e.problems] or [str(e)]
        return person_form(request, viewer, adding=adding, values=form, problems=problems)
    except ConfigError as e:
        return person_form(request, viewer, adding=adding, values=form, problems=[str(e)])
    return back_to(f"/people/{new_id}", saved="watchlist")


class PersonFields(BaseModel):
    """The person form's fields (``id`` only when adding: the path names who is edited)."""

    name: ShortText = ""
    id: ShortText = ""
    status: ShortText = ""
    aliases: Text = ""
    tags: Text = ""
    context: Text = ""
    note: Text = ""
    csrf_token: ShortText = ""

    def values(self, **given: str) -> dict[str, str]:
        """The fields as the form shows them again, ``given`` ones replaced."""
        return self.model_dump(exclude={"csrf_token"}) | given


@router.post("/people/new")
def add_person(
    request: Request, viewer: PageViewer, fields: Annotated[PersonFields, Form()]
) -> Response:
    check_csrf(viewer, fields.csrf_token)
    return save_person(request, viewer, None, fields.values())


@router.post("/people/{person_id}/edit")
def change_person(
    request: Request,
    viewer: PageViewer,
    person_id: PersonId,
    fields: Annotated[PersonFields, Form()],
) -> Response:
    check_csrf(viewer, fields.csrf_token)
    return save_person(request, viewer, person_id, fields.values(id=person_id))


@router.get("/feeds/edit")
def feed_form(request: Request, viewer: PageViewer, url: str = "") -> Response:
    entry = watchlist_changes.read_document(editable(request)).feed(url.strip()[:2000])
    if entry is None:
        raise HTTPException(404, "the watchlist file does not list this feed so: edit it by hand")
    values = {k: str(entry.get(k) or "") for k in ("url", "interval", "full_text")}
    return page(request, "feed_form.html", viewer, values=values, modes=tuple(FullTextMode))


class FeedFields(BaseModel):
    url: ShortText = ""
    interval: ShortText = ""
    full_text: ShortText = ""
    note: Text = ""
    csrf_token: ShortText = ""


@router.post("/feeds/edit")
def edit_feed(
    request: Request, viewer: PageViewer, fields: Annotated[FeedFields, Form()]
) -> Response:
    return save_feed(request, viewer, fields, watchlist_changes.edit_feed)


@router.post("/feeds/add")
def add_feed(
    request: Request, viewer: PageViewer, fields: Annotated[FeedFields, Form()]
) -> Response:
    return save_feed(request, viewer, fields, watchlist_changes.add_feed, adding=True)


def save_feed(
    request: Request,
    viewer: Viewer,
    fields: FeedFields,
    write: Callable[[Database, Path, FeedAdd, datetime], Outcome],
    *,
    adding: bool = False,
) -> Response:
    """Check a feed form, ``write`` the change it asks for, and go back to the feeds page."""
    check_csrf(viewer, fields.csrf_token)
    path = editable(request)
    url = fields.url.strip()
    if adding and not url.lower().startswith(("http://", "https://")):
        raise HTTPException(400, "url: give the feed's http(s) address")
    if fields.full_text and fields.full_text not in tuple(FullTextMode):
        raise HTTPException(400, f"full text: unknown {fields.full_text!r}")
    change = FeedAdd(
        url,
        viewer.name,
        fields.interval.strip() or None,
        fields.full_text or None,
        fields.note.strip() or None,
    )
    try:
        outcome = write(database(request), path, change, clock(request))
    except ConfigError as e:  # WatchlistError too: the problems, one a line
        raise HTTPException(400, f"nothing written: {e}") from e
    return back_to("/feeds", feed=outcome.result)
