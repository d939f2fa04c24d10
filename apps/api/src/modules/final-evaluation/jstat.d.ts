/* jStat ships JavaScript only: the one function this module calls. */
declare module 'jstat' {
  export const jStat: {
    studentt: { inv(p: number, dof: number): number };
  };
}
