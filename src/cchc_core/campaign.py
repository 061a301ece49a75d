"""The public facade: one object per campaign folder, one method per step of the review.

Every method returns frozen results and prints nothing, so a script that imports the library gets
exactly what the command line shows.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from cchc_core import config as config_module
from cchc_core.config import CONFIG_NAME, CampaignConfig
from cchc_core.errors import CampaignNotFoundError, ConfigError
from cchc_core.plugin import catalogue as catalogue_module
from cchc_core.plugin.catalogue import Catalogue
from cchc_core.plugin.manager import CchcPluginManager, PluginFailure, make_plugin_manager
from cchc_core.util.atomic import write_text
from cchc_core.util.gc_pacing import fewer_collections
from cchc_core.util.journal import recover
from cchc_core.util.lock import exclusive, try_lock
from cchc_core.util.shell import for_shell

if TYPE_CHECKING:
    from cchc_core.check.checking import CheckResult
    from cchc_core.collect.collection import Collection
    from cchc_core.collect.receiving import ReceiveResult
    from cchc_core.documents.build import BuildResult
    from cchc_core.figures.aggregate import Dataset
    from cchc_core.figures.explain import Explanation
    from cchc_core.figures.status import StatusReport
    from cchc_core.forms.all_units import FormsResult
    from cchc_core.forms.update import UpdatedForm

FORMS_DIR, INBOX_DIR, OUTPUT_DIR = "forms", "inbox", "output"
#: in forms/: the plugins the forms were made with
PLUGINS_RECORD = ".plugins.json"


class Campaign:
    """A campaign folder: ``cchc.toml``, ``forms/``, ``inbox/``, ``output/``.

    Open an existing one with :meth:`open`, create one with :meth:`new`. ``plugin_manager`` lets a
    test or a script choose the plugins; by default the installed ones are loaded.
    """

    def __init__(
        self, root: Path, config: CampaignConfig, plugin_manager: CchcPluginManager | None = None
    ) -> None:
        self.root = root
        self.config = config
        self._pm = plugin_manager
        #: processes that read the inbox and write the forms (None: every core; 1: only this one)
        self.workers: int | None = None
        #: what opening the campaign repaired after an interrupted command (Vietnamese lines)
        self.recovered: tuple[str, ...] = ()

    # ----- opening ----------------------------------------------------------------------------
    @classmethod
    def new(
        cls,
        root: Path | str,
        *,
        config_text: str | None = None,
        force: bool = False,
        plugin_manager: CchcPluginManager | None = None,
    ) -> Campaign:
        """Create a campaign folder with the default (Hướng Hóa) ``cchc.toml`` or ``config_text``.

        Refuses to overwrite an existing ``cchc.toml`` unless ``force``.
        """
        root = Path(root)
        target = root / CONFIG_NAME
        if target.exists() and not force:
            raise ConfigError(
                f"Thư mục {root} đã có {CONFIG_NAME}.",
                hint="Dùng tùy chọn --force để ghi đè, hoặc chọn thư mục khác.",
                details={"file": str(target)},
            )
        text = config_text if config_text is not None else config_module.default_text()
        config = config_module.parse(text, target)  # check before writing anything
        for name in (FORMS_DIR, INBOX_DIR, OUTPUT_DIR):
            (root / name).mkdir(parents=True, exist_ok=True)
        write_text(target, text)
        return cls(root, config, plugin_manager)

    @classmethod
    def open(cls, root: Path | str, *, plugin_manager: CchcPluginManager | None = None) -> Campaign:
        """Open the campaign in ``root``; a Vietnamese error if it is not one or its file is wrong."""
        root = Path(root)
        target = root / CONFIG_NAME
        if not target.is_file():
            raise CampaignNotFoundError(
                f"Không tìm thấy {CONFIG_NAME} trong thư mục {root}.",
                hint=f"Tạo đợt tổng kết bằng lệnh: cchc init {for_shell(root)}",
                details={"folder": str(root)},
            )
        campaign = cls(root, config_module.load(target), plugin_manager)
        with try_lock(root) as held:
            if held:  # a command still writing holds the lock: its files are not leftovers
                campaign.recovered = recover(campaign.output_dir, campaign.forms_dir)
        return campaign

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the campaign's lock while writing into ``forms/`` or ``output/`` (one writer at
        a time; :class:`~cchc_core.util.lock.BusyError` otherwise), after repairing what an
        interrupted command left."""
        with exclusive(self.root):
            self.recovered += recover(self.output_dir, self.forms_dir)
            yield

    # ----- folders and plugins -----------------------------------------------------------------
    @property
    def forms_dir(self) -> Path:
        """Where blank forms are written."""
        return self.root / FORMS_DIR

    @property
    def inbox_dir(self) -> Path:
        """Where submitted files are put (never modified by cchc)."""
        return self.root / INBOX_DIR

    @property
    def output_dir(self) -> Path:
        """Where reports and workbooks are written."""
        return self.root / OUTPUT_DIR

    @property
    def plugin_manager(self) -> CchcPluginManager:
        """The plugin manager (created on first use)."""
        if self._pm is None:
            self._pm = make_plugin_manager()
        return self._pm

    @cached_property
    def catalogue(self) -> Catalogue:
        """The catalogue the plugins declare, checked against this campaign's units: a plugin that
        names an office the campaign lacks, or that conflicts with another, is set aside (see
        :attr:`plugin_failures`) and the rest of the campaign runs."""
        catalogue = catalogue_module.build(
            self.plugin_manager,
            units=[u.id for u in self.config.units],
            established=self._established_plugins(),
        )
        return catalogue

    @property
    def _plugins_record(self) -> Path:
        """Which plugins the forms were made with (so a newcomer never displaces them)."""
        return self.forms_dir / PLUGINS_RECORD

    def _established_plugins(self) -> tuple[str, ...]:
        try:
            return tuple(json.loads(self._plugins_record.read_text(encoding="utf-8"))["plugins"])
        except (OSError, ValueError, KeyError, TypeError):
            return ()

    @property
    def plugin_failures(self) -> tuple[PluginFailure, ...]:
        """Plugins that failed to load or to run so far."""
        return tuple(self.plugin_manager.failures)

    # ----- steps -------------------------------------------------------------------------------
    def forms(self) -> FormsResult:
        """Write every unit's blank statistics workbook and outline document into ``forms/``."""
        from cchc_core.forms.all_units import write_all

        with self.writing():
            result = write_all(self.catalogue, self.config, self.forms_dir, workers=self.workers)
            plugins = sorted(
                name
                for name, plugin in self.plugin_manager.list_name_plugin()
                if plugin is not None
            )
            write_text(self._plugins_record, json.dumps({"plugins": plugins}, indent=2) + "\n")
        return result

    def update_forms(self) -> tuple[UpdatedForm, ...]:
        """After a plugin was installed or updated: a new form in ``forms/`` for each unit whose
        received form is of an earlier catalogue, prefilled with what it already sent."""
        from cchc_core.forms.update import update_forms

        collection = self.collect()
        with self.writing():
            return update_forms(
                self.catalogue, self.config, collection, self.forms_dir, workers=self.workers
            )

    def receive(
        self, paths: Sequence[Path], *, on: date | None = None, via: str = ""
    ) -> ReceiveResult:
        """Copy received files into ``inbox/`` and record them in the receipt register
        (``so-nhan-tep.csv``) with the day (``on``; an e-mail's own date; otherwise now)."""
        from cchc_core.collect.receiving import receive

        with self.writing():
            return receive(paths, self.config, self.root, self.inbox_dir, on=on, via=via)

    @fewer_collections()
    def collect(self) -> Collection:
        """Read every file of ``inbox/`` (read-only) into submissions and refusals."""
        from cchc_core.collect.collection import collect

        return collect(
            self.catalogue,
            self.config,
            self.inbox_dir,
            self.plugin_manager,
            workers=self.workers,
        )

    @fewer_collections()
    def check(self, collection: Collection | None = None) -> CheckResult:
        """Collect (unless given) and check every submission."""
        from cchc_core.check.checking import check

        collection = collection if collection is not None else self.collect()
        return check(collection, self.catalogue, self.config, self.plugin_manager)

    @fewer_collections()
    def aggregate(self, check: CheckResult | None = None) -> Dataset:
        """Check (unless given) and compute the district figures with their provenance."""
        from cchc_core.figures.aggregate import aggregate

        check = check if check is not None else self.check()
        return aggregate(check, self.catalogue, self.config)

    @fewer_collections()
    def status(self, as_of: date | None = None, check: CheckResult | None = None) -> StatusReport:
        """Who delivered what, on time or late, as of ``as_of`` (default: ``[status] as_of`` of
        ``cchc.toml``, otherwise today)."""
        from cchc_core.figures.status import status

        check = check if check is not None else self.check()
        day = as_of or self.config.status_as_of or date.today()
        return status(self.catalogue, self.config, check, day)

    def build(self, check: CheckResult | None = None) -> BuildResult:
        """Check (unless given) and write every output (district report, specialist reports,
        Phụ lục 1 and status workbooks) into ``output/``, all or nothing."""
        from cchc_core.documents.build import build, gather_contexts
        from cchc_core.figures.aggregate import aggregate

        check = check if check is not None else self.check()
        dataset = aggregate(check, self.catalogue, self.config)
        status = self.status(check=check)
        contexts = gather_contexts(self.plugin_manager, dataset)
        with self.writing():
            result = build(dataset, status, contexts, self.output_dir)
        return attrs.evolve(result, plugin_failures=self.plugin_failures)

    def explain(
        self, query: str, year: int | None = None, dataset: Dataset | None = None
    ) -> Explanation:
        """How a district figure was computed: ``query`` is an indicator code or a unique piece of
        its label; ``year`` narrows to one period (all periods and phases when None)."""
        from cchc_core.figures.explain import explain

        return explain(dataset if dataset is not None else self.aggregate(), query, year)
