import type { ModuleVersion } from '../modules/module-version.entity';
import type { Module } from '../modules/module.entity';
import type { NotificationPayload } from '../notifications/notification.entity';
import type { NationalProgramme } from './national-programme.entity';
import type {
  NationalProgrammeItemModel,
  NationalProgrammeModel,
  NationalProgrammeRevisionModel,
} from './national-programme.model';

export interface ProgrammeItemView {
  position: number;
  module: Module;
  /** The published version; null only if a module lost it, which the modules service never does. */
  version: ModuleVersion | null;
}

export interface NationalProgrammeView {
  programme: NationalProgramme;
  items: ProgrammeItemView[];
  /** The revisions the viewer may see, newest first. */
  revisions: NationalProgramme[];
  /** Display names of the people named in the programme (submitter, decider). */
  names: ReadonlyMap<string, string>;
  /** Whether the viewer reads everything (the country's editors, programme-wide readers), not only what was approved. */
  full: boolean;
  canEdit: boolean;
  canSubmit: boolean;
  canDecide: boolean;
}

const hours = (n: number) => Math.round(n * 10) / 10;
const inForce = (p: NationalProgramme) => p.status === 'APPROVED' && !p.supersededAt;

function toItemModel({ position, module, version }: ProgrammeItemView, language: string): NationalProgrammeItemModel {
  const own = version?.title[language];
  const contact = version?.contactHours ?? 0;
  const selfStudy = version?.selfStudyHours ?? 0;
  return {
    position,
    moduleId: module.id,
    code: module.code,
    kind: module.kind,
    number: module.number,
    title: own ?? version?.title['en'] ?? module.code,
    titleIsFallback: !own && language !== 'en',
    moduleVersion: version?.version ?? 0,
    contactHours: contact,
    selfStudyHours: selfStudy,
    totalHours: hours(contact + selfStudy),
  };
}

function toRevisionModel(p: NationalProgramme, view: NationalProgrammeView): NationalProgrammeRevisionModel {
  return {
    id: p.id,
    revision: p.revision,
    status: p.status,
    inForce: inForce(p),
    createdAt: p.createdAt,
    submittedAt: p.submittedAt,
    decidedAt: p.decidedAt,
    decidedByName: p.decidedById ? (view.names.get(p.decidedById) ?? null) : null,
    returnComments: view.full ? p.returnComments : null,
    supersededAt: p.supersededAt,
  };
}

/** The programme with its items in the viewer's language (English stands in, marked), totals and history. */
export function toNationalProgrammeModel(view: NationalProgrammeView, language: string): NationalProgrammeModel {
  const p = view.programme;
  const items = view.items.map((i) => toItemModel(i, language));
  const totalContactHours = hours(items.reduce((sum, i) => sum + i.contactHours, 0));
  const totalSelfStudyHours = hours(items.reduce((sum, i) => sum + i.selfStudyHours, 0));
  return {
    ...toRevisionModel(p, view),
    editionId: p.editionId,
    countryCode: p.countryCode,
    submittedByName: p.submittedById ? (view.names.get(p.submittedById) ?? null) : null,
    lockVersion: p.lockVersion,
    items,
    totalContactHours,
    totalSelfStudyHours,
    totalHours: hours(totalContactHours + totalSelfStudyHours),
    canEdit: view.canEdit,
    canSubmit: view.canSubmit,
    canDecide: view.canDecide,
    revisions: view.revisions.map((r) => toRevisionModel(r, view)),
  };
}

/** What a notification about a programme carries, so that it renders (and links) without further queries. */
export function toProgrammeNotificationPayload(
  p: Pick<NationalProgramme, 'id' | 'editionId' | 'countryCode' | 'revision'>,
  editionName: string,
  actorName: string,
  extra: NotificationPayload = {},
): NotificationPayload {
  return {
    targetType: 'NationalProgramme',
    targetId: p.id,
    editionId: p.editionId,
    editionName,
    countryCode: p.countryCode,
    revision: p.revision,
    actorName,
    ...extra,
  };
}
