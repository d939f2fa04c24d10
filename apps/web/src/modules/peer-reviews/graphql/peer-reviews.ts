import { graphql } from '@tandem/web-graphql';

export const PeerReviewFieldsFragment = graphql(`
  fragment PeerReviewFields on PeerReview {
    id
    countryCode
    nationalProgrammeId
    nationalProgrammeRevision
    stage
    visitStartsOn
    visitEndsOn
    reportDueOn
    reportOverdue
    countryComments
    lockVersion
    canManage
    canWriteAsCountry
    canWriteAsPeer
    selfReport {
      areaCode
      text
    }
    peers {
      personId
      name
      countryCode
      trainedOn
    }
    interviews {
      id
      interviewee
      heldOn
      notes
      authorName
    }
    recommendations {
      id
      areaCode
      text
      authorName
      improvementActionId
      actionStatus
    }
  }
`);

export const PeerReviewsQuery = graphql(`
  query PeerReviews {
    peerReviews {
      id
      countryCode
      nationalProgrammeRevision
      stage
      visitStartsOn
      visitEndsOn
      reportDueOn
      reportOverdue
      peers {
        personId
        countryCode
      }
    }
  }
`);

export const PeerReviewQuery = graphql(`
  query PeerReview($id: ID!) {
    peerReview(id: $id) {
      ...PeerReviewFields
    }
  }
`);

export const SavePeerReviewSelfReportMutation = graphql(`
  mutation SavePeerReviewSelfReport($input: SavePeerReviewSelfReportInput!) {
    savePeerReviewSelfReport(input: $input) {
      ...PeerReviewFields
    }
  }
`);

export const AddPeerReviewInterviewMutation = graphql(`
  mutation AddPeerReviewInterview($input: AddPeerReviewInterviewInput!) {
    addPeerReviewInterview(input: $input) {
      ...PeerReviewFields
    }
  }
`);

export const AddPeerReviewRecommendationMutation = graphql(`
  mutation AddPeerReviewRecommendation($input: AddPeerReviewRecommendationInput!) {
    addPeerReviewRecommendation(input: $input) {
      ...PeerReviewFields
    }
  }
`);

export const CommentOnPeerReviewReportMutation = graphql(`
  mutation CommentOnPeerReviewReport($input: CommentOnPeerReviewReportInput!) {
    commentOnPeerReviewReport(input: $input) {
      ...PeerReviewFields
    }
  }
`);

export const AdvancePeerReviewMutation = graphql(`
  mutation AdvancePeerReview($input: AdvancePeerReviewInput!) {
    advancePeerReview(input: $input) {
      ...PeerReviewFields
    }
  }
`);

export const StartPeerReviewFollowUpMutation = graphql(`
  mutation StartPeerReviewFollowUp($id: ID!) {
    startPeerReviewFollowUp(id: $id) {
      ...PeerReviewFields
    }
  }
`);

export const SetPeerReviewActionStatusMutation = graphql(`
  mutation SetPeerReviewActionStatus($input: SetPeerReviewActionStatusInput!) {
    setPeerReviewActionStatus(input: $input) {
      ...PeerReviewFields
    }
  }
`);
