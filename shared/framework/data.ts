import type { ClassId, Competency, Framework, Level } from './types';

/**
 * Builds a level. `expectedFor` lists the classes printed beside the level in
 * the table; `limitedLeadership` those printed with a `*`.
 */
function level(
  number: number,
  title: string,
  expectedFor: readonly ClassId[] = [],
  limitedLeadership: readonly ClassId[] = [],
): Level {
  return { number, title, indicators: [], expectedFor, expectedForLimitedLeadership: limitedLeadership };
}

/**
 * The competencies in the document's order: cluster by cluster (the table's
 * columns, left to right), and within a cluster from top to bottom.
 */
const competencies: readonly Competency[] = [
  {
    id: 'penser-critique',
    name: 'Penser de manière critique',
    cluster: 'reflechir-creer',
    distinctive: true,
    levels: [
      level(1, 'Traiter des informations simples et les synthétiser', ['D', 'C']),
      level(2, 'Évaluer des informations complexes et arriver à une conclusion', ['B', 'A1', 'A2']),
      level(3, "Placer l'information dans un contexte plus large et formuler des recommandations stratégiques"),
    ],
  },
  {
    id: 'penser-creatif',
    name: 'Penser de manière créative',
    cluster: 'reflechir-creer',
    distinctive: false,
    levels: [
      level(1, 'Faire preuve de curiosité et proposer des nouvelles façons de faire', ['D', 'C', 'B', 'A1']),
      level(2, 'Suivre les tendances et expérimenter des nouvelles méthodes de travail', ['A2']),
      level(3, 'Promouvoir une culture organisationnelle créative et favoriser les innovations stratégiques'),
    ],
  },
  {
    id: 'developper-vision',
    name: 'Développer une vision',
    cluster: 'reflechir-creer',
    distinctive: false,
    levels: [
      level(1, "Comprendre et contribuer à la vision et aux valeurs de l'organisation", ['B', 'A1', 'A2']),
      level(2, "Soutenir et partager la vision et les valeurs de l'organisation"),
      level(3, "Définir et incarner la vision et les valeurs de l'organisation"),
    ],
  },
  {
    id: 'communiquer',
    name: 'Communiquer',
    cluster: 'echanger-collaborer',
    distinctive: true,
    levels: [
      level(1, 'Échanger des informations et dialoguer', ['D', 'C']),
      level(2, 'Partager des opinions et adapter sa communication', ['B', 'A1', 'A2']),
      level(3, 'Convaincre et négocier'),
      level(4, "Représenter l'organisation et encourager la communication"),
    ],
  },
  {
    id: 'collaborer',
    name: 'Collaborer',
    cluster: 'echanger-collaborer',
    distinctive: false,
    levels: [
      level(1, 'Collaborer activement', ['D', 'C', 'B']),
      level(2, 'Encourager la collaboration', ['A1', 'A2']),
      level(3, 'Développer la collaboration transversale'),
      level(4, 'Créer un environnement collaboratif'),
    ],
  },
  {
    id: 'guider',
    name: 'Guider',
    cluster: 'echanger-collaborer',
    distinctive: false,
    levels: [
      level(1, 'Mobiliser votre équipe et favoriser le changement', [], ['A1', 'A2']),
      level(2, 'Aider votre équipe à se développer et stimuler le changement'),
      level(3, 'Fédérer vos équipes et accompagner le changement'),
      level(4, "Engager vos équipes et conduire le changement dans l'organisation"),
    ],
  },
  {
    id: 'oriente-solutions',
    name: 'Être orienté solutions',
    cluster: 'agir-resultats',
    distinctive: true,
    levels: [
      level(1, 'Trouver des solutions et proposer des améliorations', ['D', 'C', 'B']),
      level(2, "Implémenter des solutions dans un processus d'amélioration continue", ['A1', 'A2']),
      level(3, 'Développer des solutions pour des problèmes complexes et implémenter de nouveaux standards'),
    ],
  },
  {
    id: 'oriente-resultats',
    name: 'Être orienté résultats',
    cluster: 'agir-resultats',
    distinctive: false,
    levels: [
      level(1, 'Entreprendre et planifier des actions', ['D', 'C', 'B']),
      level(2, 'Prendre des décisions et définir les priorités', ['A1', 'A2']),
      level(3, 'Déterminer et coordonner les activités'),
      level(4, 'Saisir les opportunités et piloter les activités'),
    ],
  },
  {
    id: 'oriente-clients',
    name: 'Être orienté clients',
    cluster: 'agir-resultats',
    distinctive: true,
    levels: [
      level(1, 'Soutenir les clients', ['D', 'C']),
      level(2, 'Accompagner les clients', ['B', 'A1', 'A2']),
      level(3, 'Développer une relation durable avec les clients'),
      level(4, 'Placer les clients au centre de votre département ou votre organisation'),
    ],
  },
  {
    id: 'se-connaitre',
    name: 'Se connaître',
    cluster: 'se-connaitre-progresser',
    distinctive: false,
    levels: [
      level(1, 'Chercher à se comprendre et reconnaître ses émotions', ['D', 'C', 'B', 'A1', 'A2']),
      level(2, "Développer l'autoréflexion et maîtriser ses émotions"),
    ],
  },
  {
    id: 'se-developper',
    name: 'Se développer',
    cluster: 'se-connaitre-progresser',
    distinctive: true,
    levels: [
      level(1, 'Se former et mettre en pratique son apprentissage', ['D', 'C', 'B']),
      level(2, 'Chercher à se développer et actualiser ses compétences', ['A1', 'A2']),
      level(3, 'Organiser son propre développement et élargir son champ de compétences'),
    ],
  },
  {
    id: 'agilite',
    name: "Faire preuve d'agilité",
    cluster: 'se-connaitre-progresser',
    distinctive: false,
    levels: [
      level(1, "S'adapter au changement", ['D', 'C', 'B']),
      level(2, 'Participer au changement', ['A1', 'A2']),
      level(3, 'Stimuler et mettre en oeuvre le changement'),
    ],
  },
];

/**
 * The job family DO – Gestionnaires de dossiers and its behavioural-competency
 * profiles, verbatim from the source document (French). Texts keep the
 * document's spelling, including its slips ("épïcène", "en oeuvre").
 */
export const FRAMEWORK_DO: Framework = {
  version: 'DO-2022.1',
  family: {
    code: 'DO',
    name: 'Gestionnaires de dossiers',
    footnote:
      "Par souci de lisibilité, la forme masculine est utilisée pour désigner certains rôles. L'emploi des termes masculins, « collaborateur », « chef » ou encore « utilisateur », par exemple, est épïcène.",
    purpose: {
      what: "Traiter des dossiers (ou une ou plusieurs étapes consécutives d'un dossier) suivant la réglementation ou les procédures en vigueur",
      soThat: "finaliser le dossier en vue de l'étape suivante.",
    },
  },
  classes: ['D', 'C', 'B', 'A1', 'A2'],
  clusters: [
    { id: 'reflechir-creer', name: 'Réfléchir et créer', nameNl: 'Reflecteren en creëren' },
    { id: 'echanger-collaborer', name: 'Échanger et collaborer', nameNl: 'Uitwisselen en samenwerken' },
    { id: 'agir-resultats', name: 'Agir et atteindre les résultats', nameNl: 'Handelen en resultaten behalen' },
    { id: 'se-connaitre-progresser', name: 'Se connaître et progresser', nameNl: 'Jezelf kennen en groeien' },
  ],
  competencies,
  roles: [
    {
      id: "gestionnaire-information",
      title: "gestionnaire de l'information",
      purpose: "collecter, ordonner et/ou analyser des données et des documents afin de disposer de tous les éléments en vue de la suite du traitement du dossier.",
      exampleTasks: [
        "Recevoir le dossier ou des informations en rapport avec celui-ci ;",
        "Recueillir des informations ou des clarifications auprès de différentes sources ;",
        "Rechercher des informations dans différents fichiers ;",
        "Réclamer des documents justificatifs auprès de diverses instances officielles ;",
        "Ordonner les différents documents faisant partie du dossier ;",
        "Analyser les documents et les données préalables au traitement des dossiers ;",
        "Rassembler les contributions de tous les intéressés dans un dossier.",
      ],
    },
    {
      id: "gestionnaire-dossier",
      title: "gestionnaire de dossier",
      purpose: "analyser et/ou contrôler le dossier et y appliquer la réglementation ou les procédures en vigueur afin de pouvoir tirer une conclusion dans le dossier.",
      exampleTasks: [
        "Exécuter les étapes prévues du dossier suivant les procédures ou règles ;",
        "Détecter les éléments clés et/ou problématiques du dossier, les analyser et les structurer ;",
        "Surveiller et contrôler les données techniques et/ou financières des dossiers ;",
        "Contrôler les dossiers traités et/ou veiller au suivi de la procédure administrative et l'application correcte de la réglementation ;",
        "Discuter de dossiers avec la hiérarchie, des juristes ou d'autres spécialistes et désigner un avocat en cas de procédure judiciaire ;",
        "Compiler les données financières, les analyser et éventuellement exécuter des calculs ;",
        "Préparer et éventuellement présenter les dossiers.",
      ],
    },
    {
      id: "responsable-cloture",
      title: "responsable de la clôture des dossiers",
      purpose: "clôturer un dossier (ou une ou plusieurs étapes consécutives d'un dossier) sur base de l'analyse et/ou du contrôle de celui-ci afin de le finaliser pour l'étape suivante.",
      exampleTasks: [
        "Décider de la suite du traitement du dossier ;",
        "Formuler une conclusion concernant le caractère complet du dossier ;",
        "Formuler une conclusion dans le dossier et la soumettre à l'organe décisionnel compétent ;",
        "Proposer des alternatives pour la suite du traitement du dossier ;",
        "Informer les personnes concernées sur la décision prise dans leur dossier ;",
        "Transmettre le dossier traité à l'instance concernée ;",
        "Donner des ordres de paiement sur base d'un dossier achevé.",
      ],
    },
    {
      id: "personne-contact",
      title: "personne de contact",
      purpose: "informer et/ou conseiller les parties concernées et répondre aux questions ou aux plaintes des clients afin de leur fournir des informations complètes sur le dossier.",
      exampleTasks: [
        "Recevoir les questions ou les plaintes, en examiner la nature et recueillir des informations additionnelles ;",
        "Analyser la situation et/ou les motifs de la question ou de la plainte ;",
        "Tenir les parties concernées au courant de l'état de la situation ;",
        "Répondre aux questions de clients et d'autres administrations ;",
        "Donner des conseils sur le plan technique en rapport avec le dossier ;",
        "Traiter les plaintes et litiges suivant les procédures ou règles, ou les transmettre à des personnes et des services spécialisés ;",
        "Participer à des réunions de rapportage.",
      ],
    },
    {
      id: "gestionnaire-donnees-documentation",
      title: "gestionnaire de données et/ou de documentation",
      purpose: "assurer le suivi administratif des dossiers et classer l'information afin de mettre à la disposition de l'organisation des informations structurées.",
      exampleTasks: [
        "Ranger les dossiers et/ou les documents suivant les principes de la classification ;",
        "Ordonner des données et les classer dans les catégories de la banque de données ;",
        "Veiller au classement et à la mise à disposition des dossiers ;",
        "Tenir la banque de données à jour en introduisant des données nouvelles ou modifiées aux moments convenus ;",
        "Tenir à jour les fichiers comptables, documents justificatifs ou inventaire ;",
        "Analyser et/ou contrôler les données introduites ou à introduire ;",
        "Créer des rapports et des listes sur base des banques de données.",
      ],
    },
    {
      id: "gestionnaire-connaissances",
      title: "gestionnaire de connaissances",
      purpose: "développer ses connaissances et se tenir informé des évolutions dans le domaine afin de les intégrer dans le traitement des dossiers et/ou dans la formulation de conseils.",
      exampleTasks: [
        "Participer à des groupes de travail, des sessions d'information, des formations, réunion de réseau... ;",
        "Suivre les dernières avancées législatives dans le domaine ;",
        "Transmettre les connaissances acquises aux collaborateurs et aux personnes concernées ;",
        "Consulter des brochures, documents internes... ;",
        "S'informer de l'évolution de la législation et des procédures ;",
        "Discuter avec les collègues sur le traitement des dossiers.",
      ],
    },
  ],
  distinctiveCriteria: [
    {
      id: "connaissances",
      name: "Connaissances",
      byClass: {
        D: "Pour le traitement des dossiers, des connaissances de base des procédures sont requises.",
        C: "Pour le traitement des dossiers, des connaissances de différentes procédures dans un (sous-) domaine de connaissances (technique, juridique...) sont requises.",
        B: "Pour le traitement des dossiers, une spécialisation* et des notions de domaines apparentés sont requises.",
        A1: "Pour le traitement des dossiers, une première expertise* et des connaissances de base de domaines apparentés sont requises.",
        A2: "Pour le traitement des dossiers, une expertise* confirmée et des connaissances de base de domaines apparentés sont requises.",
      },
    },
    {
      id: "information",
      name: "Information",
      byClass: {
        D: "Traiter des informations simples et structurées et vérifier si elles sont complètes.",
        C: "Traiter des informations présentant une complexité limitée, vérifier si l'information est complète et correcte et rechercher des informations complémentaires si nécessaire.",
        B: "Traiter des informations présentant une complexité modérée et pouvant être contradictoires, analyser et évaluer la consistance et la cohérence des informations et rechercher des informations complémentaires, provenant de différentes sources.",
        A1: "Analyser des informations complexes et établir des liens entre les différents contenus et les intégrer dans un ensemble cohérent.",
        A2: "Analyser des informations complexes et établir des liens nouveaux qui ne découlent pas de processus existants et les intégrer dans un ensemble cohérent.",
      },
    },
    {
      id: "gestion-dossiers",
      name: "Gestion de dossiers",
      byClass: {
        D: "Traiter le dossier en structurant et/ou en contrôlant de l'information suivant des instructions simples et univoques. Transmettre les dossiers non standardisés.",
        C: "Traiter le dossier et soumettre une décision suivant des procédures, des règles ou de la réglementation claires. Transmettre les dossiers qui nécessitent une interprétation des procédures.",
        B: "Traiter le dossier en tenant compte de diverses procédures, règles ou réglementation et soumettre une décision dans le dossier sur base d'une évaluation de différents choix déterminés. Transmettre les dossiers qui sortent des procédures.",
        A1: "Traiter le dossier (de la réception jusqu'à la communication de la décision) en appliquant la réglementation pertinente et proposer une décision argumentée.",
        A2: "Traiter le dossier (de la réception jusqu'à la communication de la décision) en appliquant la réglementation pertinente et prendre une décision argumentée.",
      },
    },
    {
      id: "amelioration",
      name: "Amélioration",
      byClass: {
        D: "Signaler des problèmes récurrents dans le traitement des dossiers.",
        C: "Proposer des améliorations concrètes aux procédures et méthodes utilisées.",
        B: "Proposer des améliorations concrètes aux procédures et méthodes utilisées.",
        A1: "Améliorer de façon continue les procédures, méthodes et outils de gestion de dossiers.",
        A2: "Améliorer et développer de façon continue les procédures, méthodes et outils de gestion de dossiers.",
      },
    },
    {
      id: "contacts",
      name: "Contacts",
      byClass: {
        D: "Choisir une réponse à des questions ou des plaintes simples parmi les réponses standardisées disponibles. Transmettre des questions ou des plaintes non standardisées.",
        C: "Répondre aux questions ou des plaintes en fournissant des informations correctes et des conseils simples. Transmettre des questions ou des plaintes si la réponse ne peut pas être déduite des alternatives disponibles.",
        B: "Répondre à un large éventail de questions ou de plaintes, les situer dans leur contexte, donner des conseils objectifs et adaptés et expliquer les choix en matière de traitement du dossier. Transmettre des questions ou des plaintes qui demandent la conception de nouvelles alternatives.",
        A1: "Être l'interlocuteur pour les dossiers et fournir des conseils pour des questions ou des plaintes qui demandent la conception de nouvelles alternatives.",
        A2: "Être l'interlocuteur pour les dossiers et fournir des conseils pour des questions ou des plaintes qui demandent la conception de nouvelles alternatives.",
      },
    },
    {
      id: "conseil",
      name: "Conseil",
      byClass: {
        A1: "Proposer des améliorations à la réglementation sur base de la pratique des dossiers.",
        A2: "Participer à l'optimisation de la réglementation sur base de son expertise.",
      },
    },
  ],
  definitions: [
    { term: "spécialisation", text: "connaissances clairement délimitées d'un domaine et orientées vers l'application pratique ; ex. administration du personnel, recouvrement, allocations de chômage, comptabilité, amendes administratives, accréditation, enregistrement d'actes..." },
    { term: "expertise", text: "connaissances approfondies des principes, méthodes et fondements d'un domaine ; ex. statut et conditions de travail, dialogue social, fiscalité, asile et immigration, énergie, budget, sécurité et prévention..." },
  ],

  legend: {
    distinctive: 'Compétences distinctives',
    limitedLeadership: 'Uniquement si rôle de dirigeant limité',
  },
};
