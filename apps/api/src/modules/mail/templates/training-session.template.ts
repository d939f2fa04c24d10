import type { MailTemplate } from './template';

/** What every training-session mail names; times are already formatted in the recipient's language and zone. */
export interface TrainingSessionMailParams {
  givenName: string;
  moduleTitle: string;
  when: string;
  place: string;
}
export interface SessionCancelledParams extends TrainingSessionMailParams {
  reason: string;
}

export const SESSION_CHANGED_TEMPLATE: MailTemplate<TrainingSessionMailParams> = {
  en: (p) => ({
    subject: `Changed: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\nthe training "${p.moduleTitle}" you are enrolled in has changed. It now takes place:\n\n${p.when}\n${p.place}\n\nYour calendar file in Tandem has been updated.`,
  }),
  et: (p) => ({
    subject: `Muudatus: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\nKoolitus „${p.moduleTitle}“, kuhu olete registreerunud, on muutunud. Uus aeg ja koht:\n\n${p.when}\n${p.place}\n\nKalendrifail Tandemis on uuendatud.`,
  }),
  lv: (p) => ({
    subject: `Izmaiņas: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\nMācības “${p.moduleTitle}”, kurām esat pieteicies, ir mainītas. Jaunais laiks un vieta:\n\n${p.when}\n${p.place}\n\nKalendāra fails Tandem ir atjaunināts.`,
  }),
  lt: (p) => ({
    subject: `Pakeitimas: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\nmokymai „${p.moduleTitle}“, į kuriuos užsiregistravote, pasikeitė. Naujas laikas ir vieta:\n\n${p.when}\n${p.place}\n\nKalendoriaus failas Tandem sistemoje atnaujintas.`,
  }),
  ru: (p) => ({
    subject: `Изменение: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\nОбучение «${p.moduleTitle}», на которое вы записаны, изменилось. Новое время и место:\n\n${p.when}\n${p.place}\n\nФайл календаря в Tandem обновлён.`,
  }),
};

export const SESSION_CANCELLED_TEMPLATE: MailTemplate<SessionCancelledParams> = {
  en: (p) => ({
    subject: `Cancelled: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\nthe training "${p.moduleTitle}" on ${p.when} has been cancelled, for this reason:\n\n${p.reason}\n\nYou can book another session in Tandem.`,
  }),
  et: (p) => ({
    subject: `Tühistatud: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\nKoolitus „${p.moduleTitle}“ (${p.when}) on tühistatud järgmisel põhjusel:\n\n${p.reason}\n\nTandemis saate valida teise toimumiskorra.`,
  }),
  lv: (p) => ({
    subject: `Atcelts: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\nMācības “${p.moduleTitle}” (${p.when}) ir atceltas šāda iemesla dēļ:\n\n${p.reason}\n\nTandem varat pieteikties citai nodarbībai.`,
  }),
  lt: (p) => ({
    subject: `Atšaukta: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\nmokymai „${p.moduleTitle}“ (${p.when}) atšaukti dėl šios priežasties:\n\n${p.reason}\n\nTandem sistemoje galite užsiregistruoti į kitą sesiją.`,
  }),
  ru: (p) => ({
    subject: `Отменено: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\nОбучение «${p.moduleTitle}» (${p.when}) отменено по следующей причине:\n\n${p.reason}\n\nВ Tandem можно записаться на другое занятие.`,
  }),
};

export const ENROLMENT_PROMOTED_TEMPLATE: MailTemplate<TrainingSessionMailParams> = {
  en: (p) => ({
    subject: `You have a seat: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\nseats have become free and your enrolment in "${p.moduleTitle}" moved from the waitlist to confirmed.\n\n${p.when}\n${p.place}`,
  }),
  et: (p) => ({
    subject: `Teil on koht: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\nKohti vabanes ja teie registreering koolitusele „${p.moduleTitle}“ liikus ootenimekirjast kinnitatuks.\n\n${p.when}\n${p.place}`,
  }),
  lv: (p) => ({
    subject: `Jums ir vieta: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\nAtbrīvojās vietas, un jūsu pieteikums mācībām “${p.moduleTitle}” no gaidīšanas saraksta ir apstiprināts.\n\n${p.when}\n${p.place}`,
  }),
  lt: (p) => ({
    subject: `Jums skirta vieta: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\natsilaisvino vietų, todėl jūsų registracija į „${p.moduleTitle}“ iš laukiančiųjų sąrašo patvirtinta.\n\n${p.when}\n${p.place}`,
  }),
  ru: (p) => ({
    subject: `Для вас есть место: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\nОсвободились места, и ваша запись на «${p.moduleTitle}» переведена из листа ожидания в подтверждённые.\n\n${p.when}\n${p.place}`,
  }),
};

export const SESSION_REMINDER_TEMPLATE: MailTemplate<TrainingSessionMailParams> = {
  en: (p) => ({
    subject: `Reminder: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\na reminder of your training "${p.moduleTitle}":\n\n${p.when}\n${p.place}\n\nIf you cannot come, cancel your enrolment in Tandem so that others can take the seats.`,
  }),
  et: (p) => ({
    subject: `Meeldetuletus: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\nMeeldetuletus teie koolitusest „${p.moduleTitle}“:\n\n${p.when}\n${p.place}\n\nKui te ei saa tulla, tühistage registreering Tandemis, et teised saaksid kohad võtta.`,
  }),
  lv: (p) => ({
    subject: `Atgādinājums: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\nAtgādinām par jūsu mācībām “${p.moduleTitle}”:\n\n${p.when}\n${p.place}\n\nJa nevarat ierasties, atceliet pieteikumu Tandem, lai vietas varētu izmantot citi.`,
  }),
  lt: (p) => ({
    subject: `Priminimas: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\nprimename apie jūsų mokymus „${p.moduleTitle}“:\n\n${p.when}\n${p.place}\n\nJei negalite dalyvauti, atšaukite registraciją Tandem sistemoje, kad vietas galėtų užimti kiti.`,
  }),
  ru: (p) => ({
    subject: `Напоминание: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\nНапоминаем о вашем обучении «${p.moduleTitle}»:\n\n${p.when}\n${p.place}\n\nЕсли вы не сможете прийти, отмените запись в Tandem, чтобы места могли занять другие.`,
  }),
};

/** A booking or cancellation made for the recipient's tandem by someone else (the partner or a coordinator). */
export interface TandemEnrolmentParams extends TrainingSessionMailParams {
  actorName: string;
  waitlisted: boolean;
}

export const TANDEM_BOOKED_TEMPLATE: MailTemplate<TandemEnrolmentParams> = {
  en: (p) => ({
    subject: `${p.waitlisted ? 'Waitlisted' : 'Booked'}: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\n${p.actorName} ${p.waitlisted ? 'put your tandem on the waitlist of' : 'booked your tandem into'} the training "${p.moduleTitle}":\n\n${p.when}\n${p.place}\n\nYou find it under "Sessions" in Tandem.`,
  }),
  et: (p) => ({
    subject: `${p.waitlisted ? 'Ootenimekirjas' : 'Broneeritud'}: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\n${p.actorName} ${p.waitlisted ? 'lisas teie tandemi ootenimekirja koolitusele' : 'broneeris teie tandemile koha koolitusel'} „${p.moduleTitle}“:\n\n${p.when}\n${p.place}\n\nSelle leiate Tandemis jaotisest „Koolitused“.`,
  }),
  lv: (p) => ({
    subject: `${p.waitlisted ? 'Gaidīšanas sarakstā' : 'Pieteikts'}: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\n${p.actorName} ${p.waitlisted ? 'pierakstīja jūsu tandēmu gaidīšanas sarakstā mācībām' : 'pieteica jūsu tandēmu mācībām'} “${p.moduleTitle}”:\n\n${p.when}\n${p.place}\n\nTās atradīsiet Tandem sadaļā “Mācības”.`,
  }),
  lt: (p) => ({
    subject: `${p.waitlisted ? 'Laukiančiųjų sąraše' : 'Užregistruota'}: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\n${p.actorName} ${p.waitlisted ? 'įrašė jūsų tandemą į laukiančiųjų sąrašą mokymams' : 'užregistravo jūsų tandemą į mokymus'} „${p.moduleTitle}“:\n\n${p.when}\n${p.place}\n\nJuos rasite Tandem skiltyje „Mokymai“.`,
  }),
  ru: (p) => ({
    subject: `${p.waitlisted ? 'В листе ожидания' : 'Запись'}: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\n${p.actorName} ${p.waitlisted ? 'записал(а) ваш тандем в лист ожидания на обучение' : 'записал(а) ваш тандем на обучение'} «${p.moduleTitle}»:\n\n${p.when}\n${p.place}\n\nОно есть в разделе «Занятия» в Tandem.`,
  }),
};

export const TANDEM_CANCELLED_TEMPLATE: MailTemplate<TandemEnrolmentParams> = {
  en: (p) => ({
    subject: `Enrolment cancelled: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\n${p.actorName} cancelled your tandem's ${p.waitlisted ? 'waitlist place' : 'enrolment'} in the training "${p.moduleTitle}" (${p.when}).\n\nYou can book another session in Tandem.`,
  }),
  et: (p) => ({
    subject: `Registreering tühistatud: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\n${p.actorName} tühistas teie tandemi ${p.waitlisted ? 'koha ootenimekirjas' : 'registreeringu'} koolitusele „${p.moduleTitle}“ (${p.when}).\n\nTandemis saate valida teise toimumiskorra.`,
  }),
  lv: (p) => ({
    subject: `Pieteikums atcelts: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\n${p.actorName} atcēla jūsu tandēma ${p.waitlisted ? 'vietu gaidīšanas sarakstā' : 'pieteikumu'} mācībām “${p.moduleTitle}” (${p.when}).\n\nTandem varat pieteikties citai nodarbībai.`,
  }),
  lt: (p) => ({
    subject: `Registracija atšaukta: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\n${p.actorName} atšaukė jūsų tandemo ${p.waitlisted ? 'vietą laukiančiųjų sąraše' : 'registraciją'} į mokymus „${p.moduleTitle}“ (${p.when}).\n\nTandem sistemoje galite užsiregistruoti į kitą sesiją.`,
  }),
  ru: (p) => ({
    subject: `Запись отменена: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\n${p.actorName} отменил(а) ${p.waitlisted ? 'место вашего тандема в листе ожидания' : 'запись вашего тандема'} на обучение «${p.moduleTitle}» (${p.when}).\n\nВ Tandem можно записаться на другое занятие.`,
  }),
};

/** A coordinator moved the recipient's tandem from one session of a module to another (`when`, `place`). */
export interface TandemMovedParams extends TandemEnrolmentParams {
  /** When the session left was to start, in the recipient's language and zone. */
  fromWhen: string;
}

export const TANDEM_MOVED_TEMPLATE: MailTemplate<TandemMovedParams> = {
  en: (p) => ({
    subject: `Moved: ${p.moduleTitle}`,
    text: `Hello ${p.givenName},\n\n${p.actorName} moved your tandem from the session of the training "${p.moduleTitle}" on ${p.fromWhen} to ${p.waitlisted ? 'the waitlist of ' : ''}this session:\n\n${p.when}\n${p.place}\n\nYou find it under "Sessions" in Tandem.`,
  }),
  et: (p) => ({
    subject: `Ümber paigutatud: ${p.moduleTitle}`,
    text: `Tere, ${p.givenName}!\n\n${p.actorName} paigutas teie tandemi koolituse „${p.moduleTitle}“ toimumiskorralt ${p.fromWhen} ${p.waitlisted ? 'selle toimumiskorra ootenimekirja' : 'sellele toimumiskorrale'}:\n\n${p.when}\n${p.place}\n\nSelle leiate Tandemis jaotisest „Koolitused“.`,
  }),
  lv: (p) => ({
    subject: `Pārcelts: ${p.moduleTitle}`,
    text: `Labdien, ${p.givenName}!\n\n${p.actorName} pārcēla jūsu tandēmu no mācību “${p.moduleTitle}” nodarbības ${p.fromWhen} uz ${p.waitlisted ? 'šīs nodarbības gaidīšanas sarakstu' : 'šo nodarbību'}:\n\n${p.when}\n${p.place}\n\nTās atradīsiet Tandem sadaļā “Mācības”.`,
  }),
  lt: (p) => ({
    subject: `Perkelta: ${p.moduleTitle}`,
    text: `Sveiki, ${p.givenName},\n\n${p.actorName} perkėlė jūsų tandemą iš mokymų „${p.moduleTitle}“ sesijos (${p.fromWhen}) į ${p.waitlisted ? 'šios sesijos laukiančiųjų sąrašą' : 'šią sesiją'}:\n\n${p.when}\n${p.place}\n\nJuos rasite Tandem skiltyje „Mokymai“.`,
  }),
  ru: (p) => ({
    subject: `Перенос: ${p.moduleTitle}`,
    text: `Здравствуйте, ${p.givenName}!\n\n${p.actorName} перенёс(ла) ваш тандем с занятия обучения «${p.moduleTitle}» (${p.fromWhen}) ${p.waitlisted ? 'в лист ожидания этого занятия' : 'на это занятие'}:\n\n${p.when}\n${p.place}\n\nОно есть в разделе «Занятия» в Tandem.`,
  }),
};
