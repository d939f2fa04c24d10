export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/locales';
export * from './lib/password-policy';
export * from './lib/countries';
export * from './lib/cycle';
export * from './lib/ids';
export * from './lib/permissions';
