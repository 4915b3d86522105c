#!/usr/bin/env python3
"""The vSwitch + CNF scenario over NETCONF with a real client (ncclient): both nodes, their interfaces, the bridge
domain and the routes in one edit-config on the candidate, then commit."""
import sys

from ncclient import manager

NODE_NS = "urn:io:vswitch:yang:node"
IF_NS = "urn:io:vswitch:yang:interfaces"
L2_NS = "urn:io:vswitch:yang:l2"
L3_NS = "urn:io:vswitch:yang:l3"

host, port, user, password, directory = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]

# The identity prefix is declared on <config>: OpenDaylight's parser does not see a prefix declared on the element
# that uses it.
config = f"""<config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:vsi="{IF_NS}">
  <nodes xmlns="{NODE_NS}">
    <node><name>vswitch</name><api-socket>{directory}/vswitch.sock</api-socket>
      <interfaces xmlns="{IF_NS}">
        <interface><name>to-cnf1</name><type>vsi:memif</type>
          <memif><id>1</id><role>master</role><socket-filename>{directory}/memif-cnf1.sock</socket-filename></memif>
        </interface>
        <interface><name>uplink</name><type>vsi:af-packet</type><af-packet><host-if-name>eth0</host-if-name></af-packet>
        </interface>
        <interface><name>bvi0</name><type>vsi:loopback</type><ipv4-address>10.10.0.1/24</ipv4-address></interface>
      </interfaces>
      <bridge-domains xmlns="{L2_NS}">
        <bridge-domain><name>bd1</name><bd-id>1</bd-id>
          <member><interface>to-cnf1</interface></member>
          <member><interface>uplink</interface></member>
          <member><interface>bvi0</interface><bvi>true</bvi></member>
        </bridge-domain>
      </bridge-domains>
      <l3 xmlns="{L3_NS}">
        <route><vrf>0</vrf><destination>192.168.100.0/24</destination>
          <next-hop><id>1</id><interface>bvi0</interface><address>10.10.0.2</address></next-hop></route>
      </l3>
    </node>
    <node><name>cnf1</name><api-socket>{directory}/cnf1.sock</api-socket>
      <interfaces xmlns="{IF_NS}">
        <interface><name>to-vswitch</name><type>vsi:memif</type><ipv4-address>10.10.0.2/24</ipv4-address>
          <memif><id>1</id><role>slave</role><socket-filename>{directory}/memif-cnf1.sock</socket-filename></memif>
        </interface>
      </interfaces>
      <l3 xmlns="{L3_NS}">
        <route><vrf>0</vrf><destination>0.0.0.0/0</destination>
          <next-hop><id>1</id><interface>to-vswitch</interface><address>10.10.0.1</address></next-hop></route>
      </l3>
    </node>
  </nodes>
</config>"""

with manager.connect(host=host, port=port, username=user, password=password, hostkey_verify=False,
                     allow_agent=False, look_for_keys=False, timeout=60) as m:
    m.edit_config(target="candidate", config=config)
    m.commit()
    print("edit-config: scenario committed")
