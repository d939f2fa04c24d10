export * from './assignments';
export * from './competences';
export * from './modules';
export * from './network';
export * from './people';
export * from './programmes';
