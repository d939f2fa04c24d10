import type { StatusChangeRow } from '../completion/completion.repository';
import type { TutorProgressModel } from '../completion/completion.model';
import type { PersonRecordModel } from './person-record.model';
import type {
  RecordAssignmentRow,
  RecordCertificateRow,
  RecordEnrolmentRow,
  RecordHeadRow,
  RecordRoundRow,
  RecordTandemRow,
} from './person-record.repository';

export interface PersonRecordRows {
  head: RecordHeadRow;
  /** Whether the viewer may read the person's e-mail. */
  contact: boolean;
  tandems: RecordTandemRow[];
  enrolments: RecordEnrolmentRow[];
  rounds: RecordRoundRow[];
  assignments: RecordAssignmentRow[];
  certificates: RecordCertificateRow[];
  history: StatusChangeRow[];
  progress: TutorProgressModel | null;
}

export function toPersonRecordModel({
  head,
  contact,
  tandems,
  enrolments,
  rounds,
  assignments,
  certificates,
  history,
  progress,
}: PersonRecordRows): PersonRecordModel {
  return {
    id: head.id,
    givenName: head.given_name,
    familyName: head.family_name,
    displayName: `${head.given_name} ${head.family_name}`,
    email: contact ? head.email : null,
    status: head.deactivated_at ? 'DEACTIVATED' : 'ACTIVE',
    deactivatedAt: head.deactivated_at,
    organisation:
      head.organisation_id && head.organisation_name
        ? { id: head.organisation_id, name: head.organisation_name }
        : null,
    countryCode: head.country_code,
    side: head.side,
    roles: head.grants.map((g) => ({
      id: g.id,
      role: g.role,
      scopeKind: g.scopeKind,
      countryCode: g.countryCode,
      organisation: g.organisationId && g.organisationName ? { id: g.organisationId, name: g.organisationName } : null,
    })),
    tandems: tandems.map((t) => ({
      id: t.id,
      editionId: t.edition_id,
      editionName: t.edition_name,
      status: t.status,
      side: t.side,
      partnerId: t.partner_id,
      partnerName: t.partner_name,
      partnerOrganisation: t.partner_organisation,
      activatedAt: t.activated_at,
      dissolvedAt: t.dissolved_at,
    })),
    enrolments: enrolments.map((e) => ({
      sessionId: e.session_id,
      moduleCode: e.module_code,
      moduleTitle: e.module_title,
      moduleKind: e.module_kind,
      jointNumber: e.joint_number,
      startsAt: e.starts_at,
      endsAt: e.ends_at,
      hours: e.hours,
      sessionStatus: e.session_status,
      enrolmentStatus: e.enrolment_status,
      attendance: e.attendance,
    })),
    progress,
    selfAssessments: rounds.map((r) => ({
      roundId: r.round_id,
      kind: r.kind,
      moduleNumber: r.module_number,
      opensAt: r.opens_at,
      closesAt: r.closes_at,
      status: r.status,
      startedAt: r.started_at,
      submittedAt: r.submitted_at,
    })),
    assignments: assignments.map((a) => ({
      assignmentId: a.assignment_id,
      title: a.title,
      moduleCode: a.module_code,
      dueOn: a.due_on,
      status: a.status,
      submittedAt: a.submitted_at,
      reviewedAt: a.reviewed_at,
    })),
    certificates: certificates.map((c) => ({
      id: c.id,
      number: c.number,
      publicId: c.public_id,
      editionName: c.edition_name,
      status: c.status,
      issuedAt: c.issued_at,
      revokedAt: c.revoked_at,
    })),
    statusHistory: history.map((h) => ({
      editionId: h.edition_id,
      editionName: h.edition_name,
      fromStatus: h.from_status,
      toStatus: h.to_status,
      effectiveAt: h.effective_at,
      recordedAt: h.recorded_at,
    })),
  };
}
