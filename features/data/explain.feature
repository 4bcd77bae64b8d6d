@data
Feature: Why and why not: what the explanation says about a ward's rules
  `planner explain` states for every rule whether it fired, did not fire, could not be decided for want
  of data, or is not yet in force at the plan's date, with each input's value. An unknown value makes a
  rule undecided and names the field, which the plan turns into a data gap and a survey.

  @L4 @T2
  Scenario: "unknown" in a table is not false
    Given a ward whose profile says:
      | field                   | value   |
      | coordinators.placed     | unknown |
      | specialists.functioning | few     |
    When it is assessed
    Then rule "l4.no-coordinator-weak-specialists" is undecided
    And the why-not of rule "l4.no-coordinator-weak-specialists" names the unknown field "coordinators.placed"
    And rule "l4.specialists-not-functioning" fired
    And the plan includes "specialist-training"
    And the plan lists the data gap "coordinators.placed" closed by "baseline-survey"
    And the model lists role "coordinator" as unknown
    And the model lists role "consultation-specialist" as present

  @L4 @T5
  Scenario: A what-if on a shipped ward: Koto with and without a coordinator
    Given the ward "koto"
    And with coordinators.placed set to false
    When it is assessed
    Then rule "l4.no-coordinator" fired
    And the explanation of rule "l4.no-coordinator" shows "coordinators.placed = "
    When coordinators.placed is set to true
    And coordinators.count is set to 1
    And it is assessed
    Then rule "l4.no-coordinator" did not fire
    And the plan does not include "place-coordinator"
    And the model lists role "coordinator" as present

  @L17 @T1
  Scenario: Koto as the 2014 report saw it
    Given the ward "koto"
    And as of 2014-03
    When it is assessed
    Then rule "l17.not-on-agenda" did not fire
    And rule "nt2.coordinator" is not in force
    And the plan does not include "council-agenda"
    And the plan starts in 2014-04
