import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompletionStatusEnum, RuleRoundKindEnum, TutorProgressModel } from '../completion/completion.model';
import type { CompletionStatusValue } from '../completion/completion-status.entity';
import { OrganisationRefModel, RoleGrantModel } from './role-grant.model';

export const PersonStatusEnum = { ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED' } as const;
export type PersonStatus = keyof typeof PersonStatusEnum;
registerEnumType(PersonStatusEnum, { name: 'PersonStatus', description: 'Whether the account may sign in.' });

@ObjectType('PersonRecordTandem', { description: 'A tandem the person is or was in, with the partner.' })
export class PersonRecordTandemModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field({ description: 'FORMING, ACTIVE, COMPLETED or DISSOLVED.' }) status!: string;
  @Field({ description: 'The side of the person in this tandem: SCHOOL or COMPANY.' }) side!: string;
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
  @Field({ description: 'JOINT or NATIONAL.' }) moduleKind!: string;
  @Field(() => Int, { nullable: true }) jointNumber!: number | null;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Float) hours!: number;
  @Field({ description: 'SCHEDULED, CANCELLED or COMPLETED.' }) sessionStatus!: string;
  @Field({ description: 'CONFIRMED, WAITLISTED or CANCELLED.' }) enrolmentStatus!: string;
  @Field(() => String, { nullable: true, description: 'PRESENT, ABSENT, EXCUSED; null when not marked.' })
  attendance!: string | null;
}

@ObjectType('PersonRecordSelfAssessment', {
  description: 'Whether the person took a round’s self-assessment, and when: never the ratings.',
})
export class PersonRecordSelfAssessmentModel {
  @Field(() => ID) roundId!: string;
  @Field(() => RuleRoundKindEnum) kind!: string;
  @Field(() => Int, { nullable: true }) moduleNumber!: number | null;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => String, { nullable: true, description: 'DRAFT or SUBMITTED; null when not started.' })
  status!: string | null;
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
  @Field(() => String, {
    nullable: true,
    description: 'DRAFT, SUBMITTED, ACCEPTED or NEEDS_REVISION; null when not started.',
  })
  status!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
}

@ObjectType('PersonRecordCertificate')
export class PersonRecordCertificateModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field({ description: 'The public id of the verification page.' }) publicId!: string;
  @Field() editionName!: string;
  @Field({ description: 'VALID, REVOKED or REPLACED.' }) status!: string;
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
  @Field(() => String, { nullable: true, description: 'SCHOOL or COMPANY, for a tutor.' })
  side!: string | null;
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
