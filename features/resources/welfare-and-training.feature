@resources
Feature: Local services, welfare resources, resource maps and training (L7, L10, L11)
  The Children's Medical Center found that welfare resources differ by municipality and asked that local
  services be used to the full (小児総 (4)②); surveying institutions and feeding the results back prompts
  their use (慶應 (3)①, 小児総 (3)②); and demand for training was higher than expected (慶應 (3)②).

  @L7 @T4 @T6
  Scenario: A ward without the subsidies other municipalities give reviews them and publishes a guide
    Given a ward whose profile says:
      | field                   | value |
      | welfare.subsidy_suction | true  |
      | welfare.subsidy_monitor | false |
    When it is assessed
    Then the plan includes "welfare-subsidy-review"
    And "welfare-subsidy-review" is raised by rule "l7.subsidies-missing"
    And the plan includes "welfare-guide"
    And "welfare-guide" is raised by rule "l7.subsidies-missing"

  @L7 @T4
  Scenario: Home help is not available for these children
    Given a ward whose welfare.home_help is false
    When it is assessed
    Then "welfare-subsidy-review" is raised by rule "l7.human-support-missing"
    And the model lists role "home-help" as missing

  @L10 @T2
  Scenario: A ward with no social resource map surveys its institutions first, then maps them
    Given a ward whose information.resource_map is false
    When it is assessed
    Then the plan includes "resource-survey"
    And the plan includes "resource-map"
    And "resource-survey" ranks before "resource-map"
    And "resource-map" starts after "resource-survey" ends

  @L10 @T2
  Scenario: Koto's 2013 resource map was the Bokutoh hub's, not Koto's own, so the survey asks
    Given the ward "koto"
    When it is assessed
    Then the plan does not include "resource-map"
    And rule "l10.no-resource-map" is undecided
    And the plan lists the data gap "information.resource_map" closed by "baseline-survey"

  @L10 @T2
  Scenario: Nobody knows whether a resource map exists
    Given a ward described only by its identity
    When it is assessed
    Then rule "l10.no-resource-map" is undecided
    And the plan lists the data gap "information.resource_map" closed by "baseline-survey"

  @L11 @T3
  Scenario: No training or study sessions are held
    Given a ward whose information.training_sessions_per_year is 0
    When it is assessed
    Then the plan includes "hands-on-courses"
    And the plan includes "visiting-nurse-training"
    And "hands-on-courses" is raised by rule "l11.no-training"

  @L11 @L3 @L7 @T3
  Scenario: No visiting nurse station can care for children
    Given a ward whose services.visiting_nurse_stations_pediatric is 0
    When it is assessed
    Then the plan includes "visiting-nurse-training"
    And "visiting-nurse-training" is raised by rule "l11.no-pediatric-nurse-stations"
    And the model lists role "visiting-nurse" as missing
