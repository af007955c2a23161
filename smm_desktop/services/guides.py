"""A brand's guide: voice, tone and word lists, the bio shown on each platform, named hashtag
sets that posts reuse, and the quarterly check of every account against it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smm_desktop.db.base import utcnow
from smm_desktop.db.models import Brand, BrandGuide, ConsistencyCheck, HashtagSet, PlatformBio
from smm_desktop.domain import brand_guide as rules
from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import Conflict, FieldError, ValidationFailed
from smm_desktop.services import _ordering
from smm_desktop.services import guide_checks as checks
from smm_desktop.services._base import (
    change,
    load_deleted,
    load_live,
    mark_deleted,
    purge_deleted,
    refuse_invalid,
)
from smm_desktop.services.guide_checks import CheckData, CheckInput, CheckSheet
from smm_desktop.services.guide_data import (
    BioData,
    BioInput,
    GuideData,
    GuideInput,
    HashtagSetData,
    HashtagSetInput,
    _apply_bio,
    _apply_guide,
    _apply_set,
    _bio_data,
    _check_data,
    _guide_data,
    _name_taken,
    _refuse_taken,
    _set_data,
    bio_errors,
    guide_errors,
    set_errors,
)


class GuideService:
    """The brand guides of one workspace, their bios, hashtag sets and consistency checks."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # The guide

    def get_guide(self, brand_id: int) -> GuideData:
        """The brand's guide; an empty one (id 0) while none was written."""
        with self._sf() as s:
            row = s.scalar(select(BrandGuide).where(BrandGuide.brand_id == brand_id))
            return _guide_data(row) if row else GuideData(brand_id=brand_id)

    def validate_guide(self, data: GuideInput) -> list[FieldError]:
        return guide_errors(data)

    def save_guide(self, brand_id: int, version: int, data: GuideInput) -> GuideData:
        """Write the guide seen at `version` (0: none yet); Conflict if it moved meanwhile."""
        refuse_invalid(guide_errors(data))
        try:
            with self._sf.begin() as s:
                load_live(s, Brand, brand_id)
                row = s.scalar(select(BrandGuide).where(BrandGuide.brand_id == brand_id))
                if (row.version if row else 0) != version:
                    raise Conflict("BrandGuide", brand_id)
                if row is None:
                    row = BrandGuide(brand_id=brand_id)
                    s.add(row)
                _apply_guide(row, data)
                s.flush()
                return _guide_data(row)
        except StaleDataError as err:
            raise Conflict("BrandGuide", brand_id) from err

    # Bios

    def list_bios(self, brand_id: int) -> list[BioData]:
        query = select(PlatformBio).where(PlatformBio.brand_id == brand_id)
        with self._sf() as s:
            rows = [_bio_data(row) for row in s.scalars(query)]
        order = list(Platform)
        return sorted(rows, key=lambda b: order.index(b.platform))

    def validate_bio(self, data: BioInput) -> list[FieldError]:
        return bio_errors(data)

    def save_bio(self, brand_id: int, platform: Platform, version: int,
                 data: BioInput | None) -> BioData | None:
        """Set the platform's bio as seen at `version` (0: none yet); None or a blank bio
        removes it. Conflict when it changed meanwhile."""
        if data is not None and not data.is_blank:
            refuse_invalid(bio_errors(data))
        try:
            with self._sf.begin() as s:
                return self._save_bio(s, brand_id, platform, version, data)
        except StaleDataError as err:
            raise Conflict("PlatformBio", brand_id) from err

    def _save_bio(self, s: Session, brand_id: int, platform: Platform, version: int,
                  data: BioInput | None) -> BioData | None:
        load_live(s, Brand, brand_id)
        row = s.scalar(select(PlatformBio).where(PlatformBio.brand_id == brand_id,
                                                 PlatformBio.platform == platform.value))
        if (row.version if row else 0) != version:
            raise Conflict("PlatformBio", brand_id)
        if data is None or data.is_blank:
            if row is not None:
                s.delete(row)
            return None
        if row is None:
            row = PlatformBio(brand_id=brand_id, platform=platform.value)
            s.add(row)
        _apply_bio(row, data)
        s.flush()
        return _bio_data(row)

    # Hashtag sets

    def list_sets(self, brand_id: int) -> list[HashtagSetData]:
        query = (select(HashtagSet)
                 .where(HashtagSet.brand_id == brand_id, HashtagSet.deleted_at.is_(None))
                 .order_by(HashtagSet.position, HashtagSet.id))
        with self._sf() as s:
            return [_set_data(s, row) for row in s.scalars(query)]

    def validate_set(self, brand_id: int, data: HashtagSetInput,
                     set_id: int | None = None) -> list[FieldError]:
        """Every problem, including a name another live set of the brand has."""
        errors = set_errors(data)
        if not any(e.field == "name" for e in errors) and self._set_name_taken(
                brand_id, data.name, set_id):
            errors.insert(0, FieldError("name", "duplicate_set", {"value": data.name.strip()}))
        return errors

    def _set_name_taken(self, brand_id: int, name: str, set_id: int | None) -> bool:
        with self._sf() as s:
            return _name_taken(s, brand_id, name, set_id)

    def create_set(self, brand_id: int, data: HashtagSetInput) -> HashtagSetData:
        refuse_invalid(self.validate_set(brand_id, data))
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            _refuse_taken(s, brand_id, data, None)
            row = HashtagSet(brand_id=brand_id,
                             position=_ordering.next_position(s, HashtagSet, brand_id))
            _apply_set(row, data)
            s.add(row)
            s.flush()
            return _set_data(s, row)

    def update_set(self, set_id: int, version: int, data: HashtagSetInput) -> HashtagSetData:
        with self._sf() as s:
            brand_id = load_live(s, HashtagSet, set_id).brand_id
        refuse_invalid(self.validate_set(brand_id, data, set_id))

        def mutate(row: HashtagSet) -> None:
            session = object_session(row)
            if session is not None:
                _refuse_taken(session, row.brand_id, data, row.id)
            _apply_set(row, data)
        return change(self._sf, HashtagSet, set_id, version, mutate, _set_data)

    def reorder_sets(self, brand_id: int, ids: Sequence[int]) -> list[HashtagSetData]:
        """Conflict when `ids` is not exactly the brand's live sets."""
        with self._sf.begin() as s:
            _ordering.reorder(s, HashtagSet, brand_id, ids)
        return self.list_sets(brand_id)

    def delete_set(self, set_id: int, version: int) -> None:
        """To the trash: undo brings it back in its place."""
        change(self._sf, HashtagSet, set_id, version, mark_deleted, _set_data)

    def undelete_set(self, set_id: int) -> HashtagSetData:
        """Undo a delete; refused ("name_taken") when another set took its name meanwhile, as
        two sets of one name would be told apart by nothing."""
        with self._sf.begin() as s:
            row = load_deleted(s, HashtagSet, set_id)
            if _name_taken(s, row.brand_id, row.name, row.id):
                raise ValidationFailed([FieldError("name", "name_taken", {"value": row.name})])
            row.deleted_at = None
            s.flush()
            return _set_data(s, row)

    # Consistency checks

    def list_checks(self, brand_id: int) -> list[CheckData]:
        """Newest first, each with its items (so its counts of fixes and passes)."""
        with self._sf() as s:
            return [checks.check_data(row) for row in checks.live_checks(s, brand_id)]

    def get_check(self, check_id: int) -> CheckData:
        with self._sf() as s:
            return checks.check_data(load_live(s, ConsistencyCheck, check_id))

    def latest_check_date(self, brand_id: int) -> date | None:
        with self._sf() as s:
            return checks.latest_date(s, brand_id)

    def consistency_due(self, brand_id: int, today: date) -> bool:
        """No check in the last 90 days: it is time for the quarterly one."""
        return rules.consistency_due(self.latest_check_date(brand_id), today)

    def check_sheet(self, brand_id: int, check_id: int | None = None) -> CheckSheet:
        """The accounts to check and what the guide expects of each; the check before this
        one (or the newest, for a new check) as a hint."""
        with self._sf() as s:
            load_live(s, Brand, brand_id)
            past = checks.live_checks(s, brand_id)
            this = next((c for c in past if c.id == check_id), None)
            also = {i.account_id for i in this.items} if this else set()
            earlier = [c for c in past if this is None or (c.checked_on, c.id) < (
                this.checked_on, this.id)]
            voice, tone = checks.guide_words(s, brand_id)
            names = tuple(r.name for r in s.scalars(select(HashtagSet).where(
                HashtagSet.brand_id == brand_id, HashtagSet.deleted_at.is_(None))
                .order_by(HashtagSet.position, HashtagSet.id)))
            previous = checks.check_data(earlier[0]) if earlier else None
            return CheckSheet(checks.sheet_rows(s, brand_id, also), voice, tone, names, previous)

    def validate_check(self, brand_id: int, data: CheckInput) -> list[FieldError]:
        with self._sf() as s:
            return checks.check_errors(s, brand_id, data)

    def create_check(self, brand_id: int, data: CheckInput) -> CheckData:
        with self._sf.begin() as s:
            load_live(s, Brand, brand_id)
            refuse_invalid(checks.check_errors(s, brand_id, data))
            row = ConsistencyCheck(brand_id=brand_id, checked_on=data.checked_on)
            s.add(row)
            checks.apply_check(s, row, data)
            s.flush()
            return checks.check_data(row)

    def update_check(self, check_id: int, version: int, data: CheckInput) -> CheckData:
        def mutate(row: ConsistencyCheck) -> None:
            session = Session.object_session(row)
            assert session is not None
            refuse_invalid(checks.check_errors(session, row.brand_id, data))
            checks.apply_check(session, row, data)
            row.updated_at = utcnow()  # items alone would not move the check's version
        return change(self._sf, ConsistencyCheck, check_id, version, mutate, _check_data)

    def delete_check(self, check_id: int, version: int) -> None:
        change(self._sf, ConsistencyCheck, check_id, version, mark_deleted, _check_data)

    def undelete_check(self, check_id: int) -> CheckData:
        return self._undelete(ConsistencyCheck, check_id, _check_data)

    def purge_deleted(self) -> int:
        """Remove for good the hashtag sets and checks in the trash."""
        return purge_deleted(self._sf, HashtagSet) + purge_deleted(self._sf, ConsistencyCheck)

    def _undelete(self, model: Any, ident: int, to_data: Callable[[Session, Any], Any]) -> Any:
        with self._sf.begin() as s:
            row = load_deleted(s, model, ident)
            row.deleted_at = None
            s.flush()
            return to_data(s, row)
