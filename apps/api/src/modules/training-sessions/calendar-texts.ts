import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';

/** The words of a calendar entry, in each language (times are UTC in the file; calendars show them in local time). */
const TEXTS: Record<Locale, { online: string; trainers: string; cancelled: string; feed: string }> = {
  en: {
    online: 'Online',
    trainers: 'Trainers',
    cancelled: 'Cancelled',
    feed: 'Tandem trainings',
  },
  et: {
    online: 'Veebis',
    trainers: 'Koolitajad',
    cancelled: 'Tühistatud',
    feed: 'Tandemi koolitused',
  },
  lv: {
    online: 'Tiešsaistē',
    trainers: 'Pasniedzēji',
    cancelled: 'Atcelts',
    feed: 'Tandem mācības',
  },
  lt: {
    online: 'Nuotoliu',
    trainers: 'Mokytojai',
    cancelled: 'Atšaukta',
    feed: 'Tandem mokymai',
  },
  ru: {
    online: 'Онлайн',
    trainers: 'Тренеры',
    cancelled: 'Отменено',
    feed: 'Обучение Tandem',
  },
};

export function calendarTexts(language: string) {
  return TEXTS[isLocale(language) ? language : DEFAULT_LOCALE];
}
