/** French, the reference language: every key of the app is here. */
export const fr = {
  app: {
    name: 'Jalon',
    tagline: 'Évaluation des gestionnaires de dossiers',
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    version: 'Version {{version}}',
    webMode: 'Mode navigateur',
    desktopMode: 'Application de bureau',
    dataStaysHere: 'Vos données restent sur cet ordinateur.',
  },
  nav: {
    referentiel: 'Référentiel',
  },
  referentiel: {
    title: 'Référentiel',
    familyTitle: 'Famille de fonctions {{code}} – {{name}}',
    frameworkVersion: 'Version du référentiel : {{version}}',
    purposeHeading: "Raison d'être",
    purposeSoThat: 'afin de',
    classLabel: 'Classe',
    className: 'Classe {{classId}}',
    leadershipLabel: 'Rôle de dirigeant limité',
    leadershipHint: "Ajoute « Guider », niveau 1, au profil des classes A1 et A2.",
    leadershipNotApplicable: "Sans effet pour la classe {{classId}} : ne concerne que les classes A1 et A2.",
    profileHeading: 'Profil de compétences comportementales – classe {{classId}}',
    profileSummary: '{{expected}} compétences attendues sur 12, dont {{distinctive}} distinctives.',
    columnCompetency: 'Compétence',
    columnExpected: 'Niveau attendu',
    columnTitle: 'Intitulé du niveau',
    levelOf: 'Niveau {{level}} sur {{levels}}',
    notExpected: 'non attendu',
    notExpectedTitle: "Ne fait pas partie du profil de cette classe",
    distinctive: 'distinctive',
    distinctiveMark: '✦',
    allLevels: 'Tous les niveaux de « {{name}} »',
    levelLine: 'Niveau {{level}} – {{title}}',
    expectedHere: 'attendu',
    legendDistinctive: '✦ : {{text}}',
    legendLeadership: '* : {{text}}',
    criteriaHeading: 'Critères distinctifs – classe {{classId}}',
    definitionsHeading: 'Définitions',
    rolesHeading: 'Finalités',
    roleTitle: 'En tant que {{title}}',
    exampleTasks: 'Exemples de tâches',
  },
  errors: {
    unexpected: "Une erreur inattendue s'est produite : {{message}}",
    reload: 'Recharger',
  },
} as const;

/** The shape every other language must follow, key for key. */
export type Messages = DeepStringRecord<typeof fr>;
type DeepStringRecord<T> = { [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]> };
