"""JSON export and import of a workspace or one brand with its strategy and content plan (format
"smm-desktop-workspace", version 3; version 1 and 2 files still import).

- `export_workspace(session_factory, path, brand_id=None) -> ExportSummary`
- `read_document(path) -> Document`: the file checked whole (JSON, schema, field rules, duplicates)
- `preview_import(session_factory, document, mode) -> ImportSummary`: what an import would do
- `import_document(session_factory, document, mode) -> ImportSummary`: all or nothing

Every refusal is a `TransferError` naming the place: a JSON pointer, or a line and column.
"""

from smm_desktop.services.transfer.content_plan import CONTENT_COUNTS
from smm_desktop.services.transfer.content_records import (
    ContentRecords,
    EngagementRecord,
    OccasionRecord,
    PillarRecord,
    PostRecord,
    SlotRecord,
)
from smm_desktop.services.transfer.document import (
    FORMAT,
    FORMAT_VERSION,
    AccountRecord,
    BrandRecord,
    Document,
    TransferError,
)
from smm_desktop.services.transfer.exporting import ExportSummary, export_workspace, write_document
from smm_desktop.services.transfer.importing import (
    IMPORT_MODES,
    STRATEGY_COUNTS,
    ImportMode,
    ImportSummary,
    import_document,
    preview_import,
)
from smm_desktop.services.transfer.reading import read_document, schema_path
from smm_desktop.services.transfer.records import StrategyRecords

__all__ = [
    "CONTENT_COUNTS",
    "FORMAT",
    "FORMAT_VERSION",
    "IMPORT_MODES",
    "STRATEGY_COUNTS",
    "AccountRecord",
    "BrandRecord",
    "ContentRecords",
    "Document",
    "EngagementRecord",
    "ExportSummary",
    "ImportMode",
    "ImportSummary",
    "OccasionRecord",
    "PillarRecord",
    "PostRecord",
    "SlotRecord",
    "StrategyRecords",
    "TransferError",
    "export_workspace",
    "import_document",
    "preview_import",
    "read_document",
    "schema_path",
    "write_document",
]
