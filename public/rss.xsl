<?xml version="1.0" encoding="UTF-8"?>
<!--
  Vigie's RSS feeds, as a page a browser shows when a reader opens one: what a feed is, how to
  subscribe, and the latest articles, in French and in the site's colours. Feed readers ignore it.
  Every feed names it in an xml-stylesheet instruction (src/data/feeds.ts). XSLT 1.0, no script.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href"/>
    <html lang="fr">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <link rel="icon" href="{concat(/rss/channel/link, 'favicon.svg')}" type="image/svg+xml"/>
        <title>Flux RSS — <xsl:value-of select="/rss/channel/title"/></title>
        <style>
          :root { --bg: #fdfdfc; --surface: #f3f4f1; --text: #1b1f24; --muted: #4d5560; --border: #d6d9dd; --accent: #1e3a8a; --link: #1d4ed8; --tag-bg: #e8edf8; --tag-text: #1e3a8a; color-scheme: light dark; }
          @media (prefers-color-scheme: dark) { :root { --bg: #14171c; --surface: #1d2128; --text: #e8eaed; --muted: #aab1bb; --border: #3a414b; --accent: #93b4ff; --link: #9cbcff; --tag-bg: #24304a; --tag-text: #dbe6ff; } }
          * { box-sizing: border-box; }
          body { margin: 0; background: var(--bg); color: var(--text); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 1.0625rem; line-height: 1.6; }
          .bar { background: var(--accent); color: var(--bg); padding: 0.6rem 1rem; font-weight: 700; }
          .bar a { color: inherit; text-decoration: none; }
          main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.5rem; }
          .about { background: var(--surface); border: 1px solid var(--border); border-radius: 0.4rem; padding: 1rem 1.2rem; margin: 1.2rem 0 2rem; }
          .about h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
          .about p { margin: 0 0 0.6rem; }
          .about p:last-child { margin-bottom: 0; }
          .address { display: block; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92rem; background: var(--bg); border: 1px solid var(--border); border-radius: 0.3rem; padding: 0.4rem 0.6rem; overflow-wrap: anywhere; user-select: all; }
          a { color: var(--link); }
          ol { list-style: none; padding: 0; margin: 0; }
          li.item { border-top: 1px solid var(--border); padding: 1rem 0; }
          li.item h3 { font-size: 1.15rem; line-height: 1.3; margin: 0 0 0.3rem; font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
          .date { color: var(--muted); font-size: 0.92rem; margin: 0 0 0.4rem; }
          .summary { margin: 0 0 0.5rem; font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; }
          .tags { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0; padding: 0; }
          .tags span { background: var(--tag-bg); color: var(--tag-text); border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85rem; }
        </style>
      </head>
      <body>
        <div class="bar"><a href="{/rss/channel/link}"><xsl:value-of select="substring-before(concat(/rss/channel/title, ' — '), ' — ')"/></a></div>
        <main>
          <h1><xsl:value-of select="/rss/channel/title"/></h1>
          <p><xsl:value-of select="/rss/channel/description"/></p>
          <section class="about" aria-labelledby="abonnement">
            <h2 id="abonnement">Ceci est un flux RSS : comment s’abonner</h2>
            <p>Un flux RSS vous avertit de chaque nouvel article sans que vous ayez à revenir sur le site. Copiez l’adresse ci-dessous et collez-la dans votre lecteur de flux ou votre outil de veille (rubrique « Ajouter un flux » ou « S’abonner »).</p>
            <xsl:if test="$self">
              <p><code class="address"><xsl:value-of select="$self"/></code></p>
            </xsl:if>
            <p><a href="{/rss/channel/link}">Retour au site</a></p>
          </section>
          <h2>Derniers articles</h2>
          <ol>
            <xsl:for-each select="/rss/channel/item">
              <li class="item">
                <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                <p class="date">
                  <xsl:call-template name="date-fr"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template>
                </p>
                <p class="summary"><xsl:value-of select="description"/></p>
                <xsl:if test="category">
                  <p class="tags"><xsl:for-each select="category"><span><xsl:value-of select="."/></span></xsl:for-each></p>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- "Sat, 28 Jun 2025 00:00:00 GMT" → "28 juin 2025"; the first of the month is "1er". -->
  <xsl:template name="date-fr">
    <xsl:param name="rfc822"/>
    <xsl:variable name="day" select="number(substring($rfc822, 6, 2))"/>
    <xsl:variable name="month" select="substring($rfc822, 9, 3)"/>
    <xsl:choose>
      <xsl:when test="$day = 1">1<sup>er</sup></xsl:when>
      <xsl:otherwise><xsl:value-of select="$day"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$month = 'Jan'">janvier</xsl:when>
      <xsl:when test="$month = 'Feb'">février</xsl:when>
      <xsl:when test="$month = 'Mar'">mars</xsl:when>
      <xsl:when test="$month = 'Apr'">avril</xsl:when>
      <xsl:when test="$month = 'May'">mai</xsl:when>
      <xsl:when test="$month = 'Jun'">juin</xsl:when>
      <xsl:when test="$month = 'Jul'">juillet</xsl:when>
      <xsl:when test="$month = 'Aug'">août</xsl:when>
      <xsl:when test="$month = 'Sep'">septembre</xsl:when>
      <xsl:when test="$month = 'Oct'">octobre</xsl:when>
      <xsl:when test="$month = 'Nov'">novembre</xsl:when>
      <xsl:otherwise>décembre</xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($rfc822, 13, 4)"/>
  </xsl:template>
</xsl:stylesheet>
