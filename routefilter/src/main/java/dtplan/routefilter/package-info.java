/**
 * The grammar of Azure Digital Twins event-route filters, as Azure documents and answers it. One
 * parser serves {@code dtplan validate} (engine) and the sandbox's {@code PUT /eventroutes/{id}},
 * so both refuse the same filters with the same Line/Position/Message. No dependencies.
 */
package dtplan.routefilter;
