/** The supplier portal's home (receipts) and the choice of organisation in its forms. */
export const portal = {
  portal: {
    receipts: {
      title: "Kvitteringer",
      intro: "Kvittering for hver innsending fra organisasjonen, nyeste først. Kvitteringene inneholder ikke tilbudenes innhold.",
      latest: "De {count} siste av {total} kvitteringer.",
      all: "Se alle kvitteringene ({total})",
      pageTitle: "Alle kvitteringer",
      empty: "Organisasjonen har ikke sendt inn tilbud ennå.",
      back: "Til leverandørportalen",
      pagination: "Sider med kvitteringer",
      page: "Side {page} av {pages}",
      previous: "Forrige side",
      next: "Neste side",
      col: {
        tender: "Konkurranse",
        supplier: "Organisasjon",
        lots: "Delkontrakter",
        receivedAt: "Mottatt (tjenerens tid)",
        version: "Versjon",
        hash: "SHA-256 (kort)",
        file: "Fil",
      },
      open: "Kvittering, versjon {number}",
      download: "Last ned (JSON)",
      downloadLabel: "Last ned (JSON): kvitteringen for versjon {number} av {reference}",
    },
    acting: {
      label: "Organisasjon",
      interestChoose: "Du er med i flere organisasjoner. Velg hvilken organisasjon som melder eller trekker interesse.",
      interestRegistered: "{name} har meldt interesse.",
      interestNone: "{name} har ikke meldt interesse.",
    },
  },
} as const;
