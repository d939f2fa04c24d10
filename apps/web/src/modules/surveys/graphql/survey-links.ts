import { graphql } from '@tandem/web-graphql';

export const SurveyByLinkQuery = graphql(`
  query SurveyByLink($token: String!, $language: String) {
    surveyByLink(token: $token, language: $language) {
      kind
      mode
      status
      title
      closesAt
      language
      intro
      thankYou
      textsMayBeQuoted
      questions {
        ...AnsweredQuestionFields
      }
    }
  }
`);

export const SubmitSurveyByLinkMutation = graphql(`
  mutation SubmitSurveyByLink($input: SubmitSurveyByLinkInput!) {
    submitSurveyByLink(input: $input) {
      id
    }
  }
`);

export const SurveyInvitationCountsQuery = graphql(`
  query SurveyInvitationCounts($surveyId: ID!) {
    surveyInvitationCounts(surveyId: $surveyId) {
      countryCode
      stakeholderGroup
      invitedCount
      answeredCount
    }
  }
`);

export const InviteSurveyStakeholdersMutation = graphql(`
  mutation InviteSurveyStakeholders($input: InviteSurveyStakeholdersInput!) {
    inviteSurveyStakeholders(input: $input) {
      checkedCount
      invitedCount
    }
  }
`);

export const RemindSurveyStakeholdersMutation = graphql(`
  mutation RemindSurveyStakeholders($input: RemindSurveyStakeholdersInput!) {
    remindSurveyStakeholders(input: $input)
  }
`);
