"""Rules of the brand guide: bio lengths per platform and when the consistency check is due."""

from __future__ import annotations

from datetime import date, timedelta

from smm_desktop.domain.enums import Platform
from smm_desktop.domain.errors import FieldError

# The longest bio (profile description) each platform accepts, checked November 2026 against the
# platforms' help pages and the character-limit guides that quote them (Instagram Help Center
# "edit your bio": 150; X "profile settings": bio 160; TikTok app: 80; Threads: 150, as its
# Instagram-linked profile; Pinterest Help "edit your profile": About 500; YouTube Help
# "channel description": 1,000; LinkedIn Pages "tagline": 120; Facebook Page "intro": 101;
# Snapchat public profile bio: 150; WhatsApp Business "business description": 512).
# OTHER has no known limit.
BIO_LIMITS: dict[Platform, int] = {
    Platform.INSTAGRAM: 150,
    Platform.X: 160,
    Platform.TIKTOK: 80,
    Platform.THREADS: 150,
    Platform.PINTEREST: 500,
    Platform.YOUTUBE: 1000,
    Platform.LINKEDIN: 120,
    Platform.FACEBOOK: 101,
    Platform.SNAPCHAT: 150,
    Platform.WHATSAPP_BUSINESS: 512,
}
DISPLAY_NAME_MAX = 120
CONSISTENCY_DUE_DAYS = 90  # once a quarter


def bio_limit(platform: Platform) -> int | None:
    """The platform's bio limit in characters; None when it has none we know of."""
    return BIO_LIMITS.get(platform)


def bio_length(text: str) -> int:
    """Characters as the person sees them: a new line counts; surrounding blanks do not."""
    return len(text.strip())


def bio_over_by(platform: Platform, text: str) -> int:
    """How many characters the bio is over the platform's limit (0 when it fits)."""
    limit = bio_limit(platform)
    return max(0, bio_length(text) - limit) if limit is not None else 0


def bio_warnings(platform: Platform, text: str, field: str = "bio") -> list[FieldError]:
    """Allowed but said: a bio the platform would cut or refuse."""
    over = bio_over_by(platform, text)
    if not over:
        return []
    return [FieldError(field, "bio_over_limit", {
        "platform": platform.value, "max": str(bio_limit(platform)), "over": str(over)})]


def consistency_due(last_check: date | None, today: date) -> bool:
    """Due when no check was made in the last CONSISTENCY_DUE_DAYS days."""
    return last_check is None or last_check < today - timedelta(days=CONSISTENCY_DUE_DAYS)


def words_in_both(use: tuple[str, ...], avoid: tuple[str, ...]) -> list[str]:
    """Words listed both to use and to avoid (case-insensitive): the guide contradicts itself."""
    wanted = {w.strip().casefold() for w in use if w.strip()}
    return [w.strip() for w in avoid if w.strip().casefold() in wanted]
