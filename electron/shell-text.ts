/**
 * The desktop shell's own words (menu, About box, its error boxes), in
 * French like the rest of the UI. The renderer's text lives in
 * renderer/src/i18n; the main process cannot reach it, so its few strings are here.
 */
export const SHELL_TEXT = {
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
    message: (folder: string, reason: string) => `Le dossier ${folder} n’a pas pu être ouvert\u00a0: ${reason}`,
  },
} as const;
