/**
 * The desktop shell's own words (menu, About box, its error boxes). The
 * renderer's text lives in renderer/src/i18n; the main process cannot reach
 * it, nor the language chosen in the app (kept in the renderer's storage), so
 * its few strings are here, in the system's language when Jalon speaks it
 * (French, Dutch, English, as the app does by default) and French otherwise.
 * An error box never shows the system's technical (English) text: that goes
 * to the log.
 */
const FR = {
  menu: {
    file: 'Fichier',
    openDataFolder: 'Ouvrir le dossier des données',
    openSafetyFolder: 'Ouvrir le dossier des copies de sécurité',
    quit: 'Quitter Jalon',
    edit: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
    view: 'Affichage',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    resetZoom: 'Taille réelle',
    fullScreen: 'Plein écran',
    reload: 'Recharger',
    devTools: 'Outils de développement',
    window: 'Fenêtre',
    minimize: 'Réduire',
    close: 'Fermer la fenêtre',
    hide: 'Masquer Jalon',
    hideOthers: 'Masquer les autres',
    unhide: 'Tout afficher',
    help: 'Aide',
    about: 'À propos de Jalon',
  },
  about: {
    title: 'À propos de Jalon',
    message: 'Jalon',
    detail: (version: string, dataFolder: string) =>
      `Version ${version}\n\nÉvaluation des gestionnaires de dossiers (famille DO) selon le référentiel fédéral de compétences. Tout reste sur cet ordinateur.\n\nDossier des données\u00a0:\n${dataFolder}`,
    close: 'Fermer',
    openDataFolder: 'Ouvrir le dossier des données',
  },
  openFolderFailed: {
    title: 'Dossier inaccessible',
    message: (folder: string) =>
      `Le dossier ${folder} n’a pas pu être ouvert\u00a0: le système n’a pas trouvé d’application pour l’afficher ou l’a refusé. Ouvrez-le vous-même dans l’explorateur de fichiers.`,
  },
};

export type ShellText = typeof FR;

const NL: ShellText = {
  menu: {
    file: 'Bestand',
    openDataFolder: 'Gegevensmap openen',
    openSafetyFolder: 'Map met veiligheidskopieën openen',
    quit: 'Jalon afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Werkelijke grootte',
    fullScreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    window: 'Venster',
    minimize: 'Minimaliseren',
    close: 'Venster sluiten',
    hide: 'Jalon verbergen',
    hideOthers: 'Andere verbergen',
    unhide: 'Alles tonen',
    help: 'Help',
    about: 'Over Jalon',
  },
  about: {
    title: 'Over Jalon',
    message: 'Jalon',
    detail: (version: string, dataFolder: string) =>
      `Versie ${version}\n\nEvaluatie van dossierbeheerders (familie DO) volgens het federale competentiewoordenboek. Alles blijft op deze computer.\n\nGegevensmap:\n${dataFolder}`,
    close: 'Sluiten',
    openDataFolder: 'Gegevensmap openen',
  },
  openFolderFailed: {
    title: 'Map niet bereikbaar',
    message: (folder: string) =>
      `De map ${folder} kon niet worden geopend: het systeem vond geen toepassing om ze te tonen of weigerde. Open ze zelf in de bestandsverkenner.`,
  },
};

const EN: ShellText = {
  menu: {
    file: 'File',
    openDataFolder: 'Open the data folder',
    openSafetyFolder: 'Open the safety copies folder',
    quit: 'Quit Jalon',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimise',
    close: 'Close the window',
    hide: 'Hide Jalon',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    help: 'Help',
    about: 'About Jalon',
  },
  about: {
    title: 'About Jalon',
    message: 'Jalon',
    detail: (version: string, dataFolder: string) =>
      `Version ${version}\n\nAppraisal of case handlers (job family DO) against the federal competency framework. Everything stays on this computer.\n\nData folder:\n${dataFolder}`,
    close: 'Close',
    openDataFolder: 'Open the data folder',
  },
  openFolderFailed: {
    title: 'Folder out of reach',
    message: (folder: string) => `The folder ${folder} could not be opened: the system found no application to show it, or refused. Open it yourself in the file manager.`,
  },
};

export const SHELL_TEXTS = { fr: FR, nl: NL, en: EN } as const satisfies Record<string, ShellText>;

/** French: the shell's words when the system's language is none Jalon speaks. */
export const SHELL_TEXT: ShellText = FR;

/**
 * The shell's words in the first of the system's preferred languages that
 * Jalon speaks (`nl-BE` → Dutch, `en-GB` → English), else French.
 */
export function shellTextFor(locales: readonly string[]): ShellText {
  for (const locale of locales) {
    const language = locale.toLowerCase().split(/[-_]/)[0];
    if (language === 'fr' || language === 'nl' || language === 'en') return SHELL_TEXTS[language];
  }
  return FR;
}
