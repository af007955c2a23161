"""Start-up maps only the first screen's tables; the others are mapped when first named, also
after sessions have run, and `load_all()` completes the metadata."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from smm_desktop.services.workspace import Workspace
from smm_desktop.services.registry import Services
from smm_desktop.services.brands import BrandInput

ws = Workspace.open(sys.argv[1])
services = Services.of(ws)
brand = services.brands.create(BrandInput(name="Palm"))
loaded = lambda: sorted(m.rsplit(".", 1)[1] for m in sys.modules
                        if m.startswith("smm_desktop.db.models."))
print(loaded())
from smm_desktop.services.personas import PersonaInput
services.personas.create(brand.id, PersonaInput(name="Students"))
print([p.name for p in services.personas.list_personas(brand.id)])
print(loaded())
ws.close()
"""


def test_later_models_load_on_first_use(tmp_path: Path) -> None:
    from smm_desktop.services.workspace import Workspace

    Workspace.open(tmp_path / "w.smmws").close()  # made (and migrated) here, opened there
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "w.smmws")],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "['brand', 'strategy']"
    assert out[1] == "['Students']"
    assert "audience" in out[2]


def test_load_all_maps_every_table() -> None:
    from smm_desktop.db import models
    from smm_desktop.db.base import Base

    models.load_all()
    for name in models.__all__:
        assert getattr(models, name).__table__.name in Base.metadata.tables


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    import pytest

    from smm_desktop.db import models

    with pytest.raises(AttributeError):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
