import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CompletionStatusEnum, TutorProgressModel } from '../completion/completion.model';
import type { CompletionStatusValue } from '../completion/completion-status.entity';
import { PersonStatusEnum, type PersonStatus } from './person.model';
import { OrganisationRefModel, RoleGrantModel } from './role-grant.model';
import { SubmissionStatus } from '../assignments/assignment.model';
import type { SubmissionStatus as SubmissionStatusValue } from '../assignments/assignment-submission.entity';
import { CertificateStatusEnum } from '../certificates/certificate.model';
import type { CertificateStatus } from '../certificates/certificate.entity';
import { ModuleKind } from '../modules/module.model';
import { RoundKind, SelfAssessmentStatus } from '../self-assessments/self-assessment.model';
import type { RoundKind as RoundKindValue } from '../self-assessments/assessment-round.entity';
import type { SelfAssessmentStatus as SelfAssessmentStatusValue } from '../self-assessments/self-assessment.entity';
import { TandemStatus } from '../tandems/tandem.model';
import type { TandemStatus as TandemStatusValue } from '../tandems/tandem.entity';
import { AttendanceStatus, EnrolmentStatus, SessionStatus } from '../training-sessions/training-session.model';
import type { AttendanceStatus as AttendanceStatusValue } from '../training-sessions/attendance.entity';
import type { EnrolmentStatus as EnrolmentStatusValue } from '../training-sessions/enrolment.entity';
import type { SessionStatus as SessionStatusValue } from '../training-sessions/training-session.entity';
import { TutorSide } from './tutor.model';
import type { TutorSide as TutorSideValue } from './tutor-profile.entity';

@ObjectType('PersonRecordTandem', { description: 'A tandem the person is or was in, with the partner.' })
export class PersonRecordTandemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field(() => TandemStatus) status!: TandemStatusValue;
  @Field(() => TutorSide, { description: 'The side of the person in this tandem.' }) side!: TutorSideValue;
  @Field(() => ID) partnerId!: string;
  @Field() partnerName!: string;
  @Field(() => String, { nullable: true }) partnerOrganisation!: string | null;
  @Field(() => Date, { nullable: true }) activatedAt!: Date | null;
  @Field(() => Date, { nullable: true }) dissolvedAt!: Date | null;
}

@ObjectType('PersonRecordEnrolment', { description: 'A seat of the person in a session, with attendance.' })
export class PersonRecordEnrolmentModel {
  @Field(() => ID) sessionId!: string;
  @Field() moduleCode!: string;
  @Field({ description: 'In the viewer’s language where the module has it.' }) moduleTitle!: string;
  @Field(() => ModuleKind) moduleKind!: 'JOINT' | 'NATIONAL';
  @Field(() => Int, { nullable: true }) jointNumber!: number | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Float) hours!: number;
  @Field(() => SessionStatus) sessionStatus!: SessionStatusValue;
  @Field(() => EnrolmentStatus) enrolmentStatus!: EnrolmentStatusValue;
  @Field(() => AttendanceStatus, { nullable: true, description: 'Null when not marked.' })
  attendance!: AttendanceStatusValue | null;
}

@ObjectType('PersonRecordSelfAssessment', {
  description: 'Whether the person took a round’s self-assessment, and when: never the ratings.',
})
export class PersonRecordSelfAssessmentModel {
  @Field(() => ID) roundId!: string;
  @Field(() => RoundKind) kind!: RoundKindValue;
  @Field(() => Int, { nullable: true }) moduleNumber!: number | null;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => SelfAssessmentStatus, { nullable: true, description: 'Null when not started.' })
  status!: SelfAssessmentStatusValue | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
}

@ObjectType('PersonRecordAssignment', {
  description: 'An assignment of the person’s modules and their tandem’s work on it.',
})
export class PersonRecordAssignmentModel {
  @Field(() => ID) assignmentId!: string;
  @Field() title!: string;
  @Field() moduleCode!: string;
  @Field() dueOn!: string;
  @Field(() => SubmissionStatus, { nullable: true, description: 'Null when not started.' })
  status!: SubmissionStatusValue | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
}

@ObjectType('PersonRecordCertificate')
export class PersonRecordCertificateModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field({ description: 'The public id of the verification page.' }) publicId!: string;
  @Field() editionName!: string;
  @Field(() => CertificateStatusEnum) status!: CertificateStatus;
  @Field() issuedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('PersonRecordStatusChange', { description: 'One change of the derived completion status.' })
export class PersonRecordStatusChangeModel {
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field(() => CompletionStatusEnum, { nullable: true }) fromStatus!: CompletionStatusValue | null;
  @Field(() => CompletionStatusEnum) toStatus!: CompletionStatusValue;
  @Field() effectiveAt!: Date;
  @Field() recordedAt!: Date;
}

@ObjectType('PersonRecord', {
  description:
    'What the programme knows about one person’s participation, for those allowed to see it: no ratings, no evidence notes, no review comments.',
})
export class PersonRecordModel {
  @Field(() => ID) id!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true, description: 'Only for those who may read contact details.' })
  email!: string | null;
  @Field(() => PersonStatusEnum) status!: PersonStatus;
  @Field(() => Date, { nullable: true }) deactivatedAt!: Date | null;
  @Field(() => OrganisationRefModel, { nullable: true, description: 'The tutor profile’s organisation.' })
  organisation!: OrganisationRefModel | null;
  @Field(() => String, { nullable: true, description: 'ISO code of the organisation’s (or else the grants’) country.' })
  countryCode!: string | null;
  @Field(() => TutorSide, { nullable: true, description: 'For a tutor.' })
  side!: TutorSideValue | null;
  @Field(() => [RoleGrantModel]) roles!: RoleGrantModel[];
  @Field(() => [PersonRecordTandemModel]) tandems!: PersonRecordTandemModel[];
  @Field(() => [PersonRecordEnrolmentModel]) enrolments!: PersonRecordEnrolmentModel[];
  @Field(() => TutorProgressModel, {
    nullable: true,
    description: 'Hours and the other conditions against the edition’s rule; null when not a tutor of it.',
  })
  progress!: TutorProgressModel | null;
  @Field(() => [PersonRecordSelfAssessmentModel]) selfAssessments!: PersonRecordSelfAssessmentModel[];
  @Field(() => [PersonRecordAssignmentModel]) assignments!: PersonRecordAssignmentModel[];
  @Field(() => [PersonRecordCertificateModel]) certificates!: PersonRecordCertificateModel[];
  @Field(() => [PersonRecordStatusChangeModel]) statusHistory!: PersonRecordStatusChangeModel[];
}
