import { graphql } from '@tandem/web-graphql';

/** What answering a question needs: the signed-in form and a stakeholder's link read the same. */
export const AnsweredQuestionFieldsFragment = graphql(`
  fragment AnsweredQuestionFields on SurveyQuestion {
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
`);

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
      allowEditUntilClose
      hasResponses
      questions {
        ...AnsweredQuestionFields
        byTrainer
        translations {
          language
          text
        }
        optionTranslations {
          language
          text
        }
      }
      canAddOwnQuestions
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
        byTrainer
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

export const MySurveyDraftQuery = graphql(`
  query MySurveyDraft($surveyId: ID!) {
    mySurveyDraft(surveyId: $surveyId) {
      surveyId
      submitted
      editable
      answers {
        questionId
        value
      }
    }
  }
`);

export const SaveSurveyDraftMutation = graphql(`
  mutation SaveSurveyDraft($input: SaveSurveyDraftInput!) {
    saveSurveyDraft(input: $input) {
      surveyId
    }
  }
`);

export const UpdateSurveyResponseMutation = graphql(`
  mutation UpdateSurveyResponse($input: SubmitSurveyResponseInput!) {
    updateSurveyResponse(input: $input) {
      id
    }
  }
`);

export const SetSurveyEditingMutation = graphql(`
  mutation SetSurveyEditing($input: SetSurveyEditingInput!) {
    setSurveyEditing(input: $input) {
      id
      allowEditUntilClose
    }
  }
`);

export const AddTrainerQuestionMutation = graphql(`
  mutation AddTrainerQuestion($input: AddTrainerQuestionInput!) {
    addSurveyTrainerQuestion(input: $input) {
      id
    }
  }
`);

export const UpdateTrainerQuestionMutation = graphql(`
  mutation UpdateTrainerQuestion($input: UpdateTrainerQuestionInput!) {
    updateSurveyTrainerQuestion(input: $input) {
      id
    }
  }
`);

export const RemoveTrainerQuestionMutation = graphql(`
  mutation RemoveTrainerQuestion($input: RemoveTrainerQuestionInput!) {
    removeSurveyTrainerQuestion(input: $input) {
      id
    }
  }
`);

export const SurveyQuestionComparisonQuery = graphql(`
  query SurveyQuestionComparison(
    $surveyId: ID!
    $questionCode: String!
    $by: SurveyComparisonBy!
    $countryCode: String
    $side: String
    $responseLanguage: String
    $trainerId: ID
  ) {
    surveyQuestionComparison(
      surveyId: $surveyId
      questionCode: $questionCode
      by: $by
      countryCode: $countryCode
      side: $side
      responseLanguage: $responseLanguage
      trainerId: $trainerId
    ) {
      surveyId
      questionCode
      type
      text
      by
      countryCode
      side
      responseLanguage
      trainerId
      trainers {
        id
        name
      }
      moduleCode
      minGroupSize
      totalCount
      groups {
        key
        label
        surveyId
        sessionStartsAt
        countryCode
        moduleVersion
        suppressed
        count
        mean
        notApplicableCount
        distribution {
          value
          label
          count
        }
      }
    }
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
