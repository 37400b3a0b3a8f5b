import type { VisitorMessages } from './shape';

export const fr: VisitorMessages = {
  form: {
    choices: 'Vos choix',
    document: 'lire le document',
    frameTitle: 'Formulaire',
    thanks: 'Merci, votre demande a bien été enregistrée.',
    reference: 'Votre référence : {reference}.',
    trap: 'Laissez ce champ vide',
  },
  script: {
    sending: 'Envoi…',
    email: 'Saisissez une adresse email valide.',
    network: 'Connexion impossible : vos réponses sont conservées, réessayez.',
    failed: 'L’envoi a échoué. Réessayez dans un instant.',
  },
  validation: {
    required: 'Ce champ est obligatoire.',
    email: 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
    phone: 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.',
    option: 'Choisissez une des options proposées.',
    tooLong: 'Ce texte est trop long.',
    ack: 'Cochez cette case pour continuer.',
    ticked: 'Une case cochée envoie « yes ».',
    unknown: 'Ce champ ne fait pas partie du formulaire.',
    forgedPurpose: 'Finalité inconnue ou falsifiée « {id} ».',
    versionMissing: 'La version du formulaire manque : rechargez la page.',
    language: 'Langue inconnue.',
    idempotencyKey: 'Clé d’idempotence invalide.',
    fixErrors: 'Corrigez les champs signalés.',
  },
  submission: {
    formMissing: 'Ce formulaire n’existe pas.',
    formClosed: 'Ce formulaire est clos : il n’accepte plus d’envois. Rien n’a été enregistré.',
    originRefused: 'Les envois depuis {origin} ne sont pas autorisés pour ce formulaire.',
    contentType: 'Envoyez le formulaire en {form}, {multipart} ou {json} (reçu : « {got} »).',
    noContentType: 'aucun type de contenu',
    tooLarge: 'L’envoi dépasse {size} Ko.',
    controlCharacter:
      '« {name} » contient un caractère de contrôle qui ne peut pas être enregistré ; retirez-le et envoyez à nouveau.',
    notText: '« {name} » doit être du texte (les fichiers ne sont pas acceptés).',
    twice: '« {name} » est envoyé deux fois.',
    notAnObject: 'Le corps JSON doit être un objet de noms et de valeurs.',
    malformed: 'Le corps de la requête est illisible : il est mal formé.',
    incomplete: 'L’envoi est incomplet : rechargez la page et réessayez.',
    versionUnpublished: 'Cette version du formulaire n’est pas publiée.',
    languageUnpublished: 'Ce formulaire n’est pas publié dans cette langue.',
    automated: 'Cet envoi semble automatisé et n’a pas été enregistré.',
    tooQuick:
      'Le formulaire a été envoyé trop vite pour venir d’une personne : patientez un instant et renvoyez-le.',
    rateLimited: 'Trop d’envois depuis votre adresse : réessayez dans une minute.',
    unavailable:
      'Votre envoi n’a pas été enregistré : le service ne peut pas l’enregistrer pour le moment. Rien n’est perdu de votre côté : vos réponses sont conservées, renvoyez le formulaire dans un instant.',
    unavailablePage:
      'Le service ne peut pas l’enregistrer pour le moment. Rien n’est perdu de votre côté : revenez au formulaire avec le bouton Précédent de votre navigateur, qui conserve vos réponses, et renvoyez-le dans un instant.',
  },
  pages: {
    thanksTitle: 'Merci',
    proofHash: 'Empreinte de la preuve de consentement (SHA-256 de l’enregistrement) :',
    proofHashHint:
      'Conservez-la avec votre numéro de reçu : elle identifie exactement ce que vous avez accepté, et toute modification ultérieure de cet enregistrement ne lui correspondrait plus.',
    backToPage: 'Revenir à la page précédente',
    refusedTitle: 'Envoi refusé',
    refusedHeading: 'Votre envoi n’a pas été enregistré',
    backToForm: 'Revenir au formulaire',
    thisLanguage: 'Version française',
    noticeMeta: 'Version {version} · empreinte',
    formUnpublished: 'Ce formulaire n’est pas publié.',
    closedTitle: 'Formulaire clos',
    missingTitle: 'Page introuvable',
    missingHint:
      'L’adresse est peut-être mal saisie, ou le formulaire n’est plus en ligne. Contactez le site qui vous a mené ici.',
    formClosed: 'Ce formulaire est clos : il n’accepte plus d’envois.',
    noticeMissing: 'Aucune notice publiée à cette adresse.',
    noticeLanguageMissing: 'Pas de notice dans cette langue.',
  },
  signIn: {
    insecureTitle: 'Cette connexion n’est pas chiffrée',
    insecure:
      'Conforme est ouvert en HTTP simple ({origin}) : votre mot de passe et votre session circulent en clair sur le réseau, le cookie de session n’est donc pas marqué Secure. Demandez à votre administrateur de servir Conforme en HTTPS et de renseigner CONFORME_PUBLIC_URL avec son adresse https://.',
    refused: 'Adresse e-mail ou mot de passe incorrect.',
    limited:
      'Trop de tentatives de connexion infructueuses pour ce compte ou depuis cette adresse réseau. Réessayez dans {minutes} min.',
  },
};
