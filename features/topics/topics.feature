@topics
Feature: Topics councils discuss every year (disaster preparedness, nurses at school and nursery, transition to adulthood)
  After the 2021 Act and the 2021 amendment of the Disaster Countermeasures Basic Act, councils discuss every year
  the individual disaster plans and emergency power for children on ventilators, nurses at schools and nurseries,
  and moving to adult life and adult care after 18. These topics were added with data files alone (rules/fields.yaml,
  rules/survey.yaml, rules/preparedness.yaml, rules/law-2021.yaml, rules/actions.yaml).

  @L9 @T4
  Scenario: A ward with neither individual disaster plans nor emergency power makes the plans, then secures power
    Given a ward whose profile says:
      | field                         | value |
      | preparedness.individual_plans | false |
      | preparedness.emergency_power  | false |
    When it is assessed as of 2026-11
    Then rule "dis.individual-plans" fired
    And rule "dis.no-emergency-power" fired
    And the plan includes "disaster-plans"
    And the plan includes "emergency-power"
    And "emergency-power" starts after "disaster-plans" ends
    And "emergency-power" has the partner "disaster-section"

  @L9 @T4
  Scenario: A ward that provides emergency power is not asked to secure it
    Given a ward whose profile says:
      | field                         | value |
      | preparedness.individual_plans | true  |
      | preparedness.emergency_power  | true  |
    When it is assessed as of 2026-11
    Then rule "dis.no-emergency-power" did not fire
    And the plan does not include "emergency-power"
    And the plan does not include "disaster-plans"

  @T2
  Scenario: Where disaster preparedness is unknown, the survey finds out
    Given a ward described only by its identity
    When it is assessed as of 2026-11
    Then rule "dis.no-emergency-power" is undecided
    And the plan lists the data gap "preparedness.emergency_power"
    And the plan does not include "emergency-power"

  @L9 @L15 @T4
  Scenario: Without nurses at the schools these children attend, placing them enters the plan once the Act is in force
    Given a ward whose schools.school_nurses is false
    When it is assessed as of 2021-08
    Then rule "law21.school-nurses" is not in force
    And the plan does not include "school-nurses"
    When it is assessed as of 2026-11
    Then rule "law21.school-nurses" fired
    And the plan includes "school-nurses"

  @L9 @L15 @T4
  Scenario: Without nurses at nurseries, nursery acceptance enters the plan
    Given a ward whose schools.nursery_nurses is false
    When it is assessed as of 2026-11
    Then rule "law21.nursery-nurses" fired
    And "nursery-acceptance" is raised by rule "law21.nursery-nurses"

  @L15 @T4
  Scenario: Without a medical-care treatment provider for adults, transition support enters the plan
    Given a ward whose providers.medical_care_treatment is 0
    When it is assessed as of 2026-11
    Then rule "law21.no-adult-care-provider" fired
    And "transition-planning" is raised by rule "law21.no-adult-care-provider"
    When with providers.medical_care_treatment set to 1
    Then the plan does not include "transition-planning"
