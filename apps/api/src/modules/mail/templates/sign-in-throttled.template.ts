import type { MailTemplate } from './template';

export interface SignInThrottledParams {
  givenName: string;
  /** The address the failed sign-ins came from. */
  address: string;
  /** Failed sign-ins to the account in the last 24 hours. */
  failures: number;
  resetLink: string;
}

/** Sent (at most daily) when failed sign-ins start slowing down an address on the person's account. */
export const SIGN_IN_THROTTLED_TEMPLATE: MailTemplate<SignInThrottledParams> = {
  en: (p) => ({
    subject: 'Failed sign-ins to your Tandem account',
    text: `Hello ${p.givenName},

there were ${p.failures} failed sign-ins to your Tandem account in the last 24 hours, the latest from the address ${p.address}. Further tries from that address are now slowed down; you can still sign in as usual from your own devices.

If this was you, there is nothing to do. If not, someone may be guessing your password: choose a new one here:
${p.resetLink}`,
  }),
  et: (p) => ({
    subject: 'Ebaõnnestunud sisselogimised sinu Tandemi kontole',
    text: `Tere, ${p.givenName}!

Viimase 24 tunni jooksul oli sinu Tandemi kontole ${p.failures} ebaõnnestunud sisselogimist, viimane aadressilt ${p.address}. Selle aadressi edasisi katseid nüüd aeglustatakse; oma seadmetest saad sisse logida nagu tavaliselt.

Kui see olid sina, pole midagi vaja teha. Kui mitte, võib keegi sinu parooli ära arvata püüda: vali uus parool siin:
${p.resetLink}`,
  }),
  lv: (p) => ({
    subject: 'Neveiksmīgas pieteikšanās jūsu Tandem kontā',
    text: `Labdien, ${p.givenName}!

Pēdējo 24 stundu laikā jūsu Tandem kontā bija ${p.failures} neveiksmīgi pieteikšanās mēģinājumi, pēdējais no adreses ${p.address}. Turpmākie mēģinājumi no šīs adreses tagad tiek palēnināti; no savām ierīcēm varat pieteikties kā parasti.

Ja tas bijāt jūs, nekas nav jādara. Ja ne, kāds, iespējams, mēģina uzminēt jūsu paroli: izvēlieties jaunu šeit:
${p.resetLink}`,
  }),
  lt: (p) => ({
    subject: 'Nesėkmingi prisijungimai prie jūsų Tandem paskyros',
    text: `Sveiki, ${p.givenName},

per pastarąsias 24 valandas buvo ${p.failures} nesėkmingi bandymai prisijungti prie jūsų Tandem paskyros, paskutinis iš adreso ${p.address}. Tolesni bandymai iš šio adreso dabar lėtinami; iš savo įrenginių galite prisijungti kaip įprastai.

Jei tai buvote jūs, nieko daryti nereikia. Jei ne, kažkas gali bandyti atspėti jūsų slaptažodį: pasirinkite naują čia:
${p.resetLink}`,
  }),
  ru: (p) => ({
    subject: 'Неудачные попытки входа в вашу учётную запись Tandem',
    text: `Здравствуйте, ${p.givenName}!

За последние 24 часа было ${p.failures} неудачных попыток входа в вашу учётную запись Tandem, последняя — с адреса ${p.address}. Дальнейшие попытки с этого адреса теперь замедляются; со своих устройств вы можете входить как обычно.

Если это были вы, ничего делать не нужно. Если нет, возможно, кто-то пытается подобрать ваш пароль: выберите новый здесь:
${p.resetLink}`,
  }),
};
