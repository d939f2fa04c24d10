import { graphql } from '@tandem/web-graphql';

export const SurveySummaryFieldsFragment = graphql(`
  fragment SurveySummaryFields on Survey {
    id
    kind
    mode
    status
    title
    opensAt
    closesAt
    sessionId
    sessionStartsAt
    moduleCode
    moduleTitle
    countryCode
  }
`);

export const MySurveysQuery = graphql(`
  query MySurveys {
    mySurveys {
      status
      survey {
        ...SurveySummaryFields
      }
    }
  }
`);

export const SurveyQuery = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveySummaryFields
      intro
      thankYou
      textsMayBeQuoted
      questions {
        id
        code
        position
        type
        text
        required
        notApplicable
        allowOther
        long
        showIfQuestionId
        showIfValue
        options {
          code
          text
        }
      }
    }
  }
`);

export const SubmitSurveyResponseMutation = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      id
    }
  }
`);

export const SurveysQuery = graphql(`
  query Surveys {
    surveys {
      ...SurveySummaryFields
      hasResponses
    }
  }
`);

export const SurveyResultsQuery = graphql(`
  query SurveyResults($surveyId: ID!, $countryCode: String, $side: String) {
    surveyResults(surveyId: $surveyId, countryCode: $countryCode, side: $side) {
      surveyId
      countryCode
      side
      countryCodes
      suppressed
      responseCount
      invitedCount
      responseRate
      minGroupSize
      questions {
        id
        code
        type
        text
        suppressed
        count
        notApplicableCount
        mean
        median
        shareHigh
        shareLow
        texts
        distribution {
          value
          label
          count
        }
      }
    }
  }
`);

export const RemindSurveyMutation = graphql(`
  mutation RemindSurvey($input: SurveyIdInput!) {
    remindSurvey(input: $input)
  }
`);

export const SessionFeedbackLinkQuery = graphql(`
  query SessionFeedbackLink($sessionId: ID!) {
    sessionFeedbackLink(sessionId: $sessionId) {
      surveyId
      path
      closesAt
    }
  }
`);
