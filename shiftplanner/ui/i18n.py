"""The app's language, Filipino or English: which one, and installing its translations.

The language is chosen once at start-up, before any window is built, because every widget
translates its texts as it is made. In order: the SHIFTPLANNER_LANG environment variable
(en or fil), the choice stored from View > Language, then the system's languages. A new
choice in the menu applies the next time the app starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

ENGLISH = "en"
FILIPINO = "fil"
# Each language in its own name, as language menus show them.
LANGUAGE_NAMES = {ENGLISH: "English", FILIPINO: "Filipino"}
ENVIRONMENT_VARIABLE = "SHIFTPLANNER_LANG"
SETTING = "ui/language"
_ALIASES = {
    "en": ENGLISH,
    "english": ENGLISH,
    "fil": FILIPINO,
    "filipino": FILIPINO,
    "tl": FILIPINO,
    "tagalog": FILIPINO,
}
_QT_LANGUAGES = {ENGLISH: QLocale.Language.English, FILIPINO: QLocale.Language.Filipino}

# Qt's standard buttons (OK, Cancel, Save...) take their text from this context, and Qt ships
# no Filipino for it; listing the texts here keeps them in our own .ts file.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


def known_language(value: object) -> str | None:
    """ "en" or "fil" for a language name or tag such as "fil_PH" or "tl"; None otherwise."""
    if not isinstance(value, str):
        return None
    tag = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return _ALIASES.get(tag)


def system_language(locale: QLocale) -> str:
    """The first of the system's preferred languages the app speaks; English if none."""
    for name in locale.uiLanguages():
        language = known_language(name)
        if language is not None:
            return language
    return ENGLISH


def chosen_language(environment: Mapping[str, str], settings: QSettings, system: QLocale) -> str:
    """The language to start in: environment variable, then stored choice, then the system."""
    for candidate in (environment.get(ENVIRONMENT_VARIABLE), settings.value(SETTING)):
        language = known_language(candidate)
        if language is not None:
            return language
    return system_language(system)


def locale_for(language: str, system: QLocale) -> QLocale:
    """The locale for dates and numbers: the system's if it speaks the language, else the
    language as written in the Philippines (Filipino month and day names, for instance)."""
    if system.language() == _QT_LANGUAGES[language]:
        return system
    return QLocale(_QT_LANGUAGES[language], QLocale.Country.Philippines)


class PackagedTranslator(QTranslator):
    """A translator over the app's own .qm, read from the package with importlib.resources.

    Qt reads the compiled messages in place, so the bytes are kept as long as the translator.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        resource = files("shiftplanner.ui.translations").joinpath(f"shiftplanner_{language}.qm")
        self._data = resource.read_bytes() if resource.is_file() else b""
        self.loaded = bool(self._data) and self.load(self._data)


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the app's: default locale, Qt's own texts if shipped, then ours.

    English has a translation too: the singular and plural of counted texts ("1 finding",
    "2 findings"), which the code's own "%n finding(s)" cannot say.

    Returns the installed translators (to remove them again, as tests do).
    """
    QLocale.setDefault(locale_for(language, QLocale.system()))
    installed: list[QTranslator] = []
    qt_texts = QTranslator(app)
    if qt_texts.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        installed.append(qt_texts)
    ours = PackagedTranslator(language, app)
    if ours.loaded:
        installed.append(ours)
    # Installed last, ours is searched first, so it wins where both translate a text.
    for translator in installed:
        app.installTranslator(translator)
    return installed


class LanguageMenu(QMenu):
    """View > Language: the system's language, English or Filipino, kept for the next start."""

    def __init__(self, settings: QSettings, window: QMainWindow) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.settings = settings
        self.window_ = window
        stored = known_language(settings.value(SETTING)) or ""
        group = QActionGroup(self)
        choices = (("", self.tr("Same as the system")), *LANGUAGE_NAMES.items())
        for language, name in choices:
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(language == stored)
            action.setData(language)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, chosen=language: self.choose(chosen))
        self.addSeparator()
        self.note = self.addAction(self.tr("Applies the next time you open Shift Planner"))
        self.note.setEnabled(False)

    def choose(self, language: str) -> None:
        """Store the choice ("" follows the system) and say when it applies."""
        if language:
            self.settings.setValue(SETTING, language)
        else:
            self.settings.remove(SETTING)
        self.settings.sync()
        self.window_.statusBar().showMessage(
            self.tr("Language saved. It applies the next time you open Shift Planner."), 10_000
        )
