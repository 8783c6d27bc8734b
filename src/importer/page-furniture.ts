/**
 * What a page or a newsletter prints around its text and an editor copies along with it: a web
 * page's navigation, sharing and reading aids ("Aller au contenu principal", "Menu", "Accueil >
 * Actualités > …", "Partager sur LinkedIn", "Temps de lecture : 4 minutes"), a newsletter's
 * links and footer ("Voir la version en ligne | Se désabonner", "Vous recevez cette lettre car
 * …"), a PDF's running header or footer ("Lettre n° 47 – Octobre 2025      3").
 */

/** A PDF page's running header or footer: words, a wide gap, the page number. */
export const RUNNING_HEAD = /^\S.*\S {4,}\d{1,4}$/u;

const FURNITURE = new RegExp(
  `^(?:${[
    String.raw`aller\s+au\s+(?:contenu(?:\s+principal)?|menu)|passer\s+au\s+contenu|menu|rechercher|fermer|ouvrir\s+le\s+menu`,
    String.raw`(?:fr|en)\s*\|\s*(?:fr|en)|imprimer(?:\s+la\s+page)?|haut\s+de\s+(?:la\s+)?page|retour\s+en\s+haut(?:\s+de\s+la\s+page)?`,
    String.raw`partager(?:\s+sur\s+.{1,30})?|envoyer\s+par\s+(?:mail|e-mail|courriel)|copier\s+le\s+lien|temps\s+de\s+lecture\s*:.*`,
    // Breadcrumbs: "Accueil > Actualités > …", "Accueil / Communiqués de presse / …".
    String.raw`(?:accueil|home)\s*[>/›»|].*|[^>]*\s[>›]\s[^>]*\s[>›]\s.*`,
    String.raw`(?:voir|lire|afficher)\s+(?:la\s+|cette\s+)?(?:version|lettre|newsletter)\s+(?:en\s+ligne|dans\s+(?:votre|le)\s+navigateur).*`,
    String.raw`(?:se\s+désabonner|désinscription|pour\s+vous\s+désabonner|vous\s+recevez\s+(?:cette|ce|la)\s+(?:lettre|message|newsletter|courriel|e-mail)).*`,
  ].join('|')})$`,
  'iu',
);

/** Whether a line is furniture, not text. */
export function isPageFurniture(line: string): boolean {
  return FURNITURE.test(line.trim()) || RUNNING_HEAD.test(line);
}
