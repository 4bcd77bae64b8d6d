@councils
Feature: National, metropolitan and ward programmes run side by side (L1)
  Bokutoh found that national, metropolitan and ward departments each run their own pediatric home-care
  programmes, so no effective system forms (墨東 (4)①), and proposed working together with metropolitan
  and ward programmes. A council states it as: where programmes at several levels, or owned by several
  departments, have no body coordinating them, map them first and then set up that body.

  @L1 @T1 @T2
  Scenario: Programmes at three levels with nobody coordinating them
    Given a ward whose profile says:
      | field                        | value |
      | programmes.national          | 2     |
      | programmes.metropolitan      | 3     |
      | programmes.ward              | 1     |
      | programmes.coordinating_body | false |
    When it is assessed
    Then the plan includes "programme-map"
    And the plan includes "programme-coordination"
    And "programme-map" ranks before "programme-coordination"
    And "programme-coordination" starts after "programme-map" ends
    And "programme-coordination" is raised by rule "l1.programmes-uncoordinated"

  @L1 @T1
  Scenario: Several departments own programmes and no body coordinates them
    Given a ward whose profile says:
      | field                         | value |
      | programmes.owning_departments | 3     |
      | programmes.coordinating_body  | false |
    When it is assessed
    Then "programme-coordination" is raised by rule "l1.departments-uncoordinated"
    And the plan lists the data gap "programmes.national" closed by "baseline-survey"

  @L1 @T1
  Scenario: A ward that already coordinates its programmes needs no coordinating body
    Given a ward whose profile says:
      | field                        | value |
      | programmes.national          | 2     |
      | programmes.metropolitan      | 3     |
      | programmes.coordinating_body | true  |
    When it is assessed
    Then the plan does not include "programme-coordination"
    And rule "l1.programmes-uncoordinated" did not fire
    And the explanation of rule "l1.programmes-uncoordinated" shows "programmes.coordinating_body = "

  @L1 @T2
  Scenario: Programmes are counted but nobody knows whether a body coordinates them
    Given a ward whose profile says:
      | field                        | value   |
      | programmes.national          | 2       |
      | programmes.metropolitan      | 3       |
      | programmes.coordinating_body | unknown |
    When it is assessed
    Then rule "l1.programmes-uncoordinated" is undecided
    And the why-not of rule "l1.programmes-uncoordinated" names the unknown field "programmes.coordinating_body"
    And the plan lists the data gap "programmes.coordinating_body" closed by "baseline-survey"
    And the plan does not include "programme-coordination"
